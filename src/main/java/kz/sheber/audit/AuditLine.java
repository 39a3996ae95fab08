package kz.sheber.audit;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An entry with the people in it named for the reader: staff see names; an instructor or a resident sees only
 * whether it was them, so the trail never shows one resident another's name.
 *
 * @param actorName the actor's name, or null where the reader may not see it (or a job acted)
 * @param byReader the reader made this change themselves
 */
public record AuditLine(
        AuditEntry entry,
        @Nullable String actorName,
        @Nullable String subjectName,
        boolean byReader) {

    /** A name as the reader sees it: an erased person's record keeps an empty name and reads "Erased person". */
    public static @Nullable String shown(@Nullable String name, Function<String, String> words) {
        return name != null && name.isBlank() ? words.apply("person.erased") : name;
    }
}
