package kz.sheber.account;

/** An instructor as other features show them: who, without contact details. */
public record InstructorSummary(long id, String fullName) {}
