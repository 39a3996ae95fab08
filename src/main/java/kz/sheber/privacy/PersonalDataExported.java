package kz.sheber.privacy;

/** A person's data file was made, by themselves or by staff for them (who is signed in); counts only. */
public record PersonalDataExported(long personId, boolean byStaff, int records) {}
