package kz.sheber.audit;

import org.jspecify.annotations.Nullable;

/**
 * An entry with the people in it named for the reader: staff see names; an instructor or a resident sees only
 * whether it was them, so the trail never shows one resident another's name.
 *
 * @param actorName the actor's name, or null where the reader may not see it (or a job acted)
 * @param byReader the reader made this change themselves
 */
public record AuditLine(AuditEntry entry, @Nullable String actorName, @Nullable String subjectName,
        boolean byReader) {}
