package kz.sheber.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record's id as it is written in an address or a query string: 1 to 18 digits, so that it always fits a
 * {@code long} and a mistyped or hostile value is a page that does not exist, never an error.
 */
public final class Ids {

    /** For route templates ({@code ":id(" + Ids.PATTERN + ")"}) and for checking a value by hand. */
    public static final String PATTERN = "\\d{1,18}";

    private Ids() {}

    /** The id written in {@code text}, or empty when it is not one. */
    public static Optional<Long> parse(@Nullable String text) {
        return text != null && text.matches(PATTERN) ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
