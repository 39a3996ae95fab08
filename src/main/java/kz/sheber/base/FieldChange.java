package kz.sheber.base;

import org.jspecify.annotations.Nullable;

/** One field of a record before and after a change, as text, for the audit trail; never a secret or a mail body. */
public record FieldChange(
        String field, @Nullable String before, @Nullable String after) {

    public static FieldChange of(String field, @Nullable Object before, @Nullable Object after) {
        return new FieldChange(
                field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }
}
