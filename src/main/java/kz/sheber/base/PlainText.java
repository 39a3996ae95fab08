package kz.sheber.base;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Cleans text people type before it is checked, stored or mailed: control characters (a NUL, an escape, a bell)
 * are never meant and break mail bodies, CSV exports and terminals. Applied in the services' input records, so
 * every way in (a view, the desk, a test, a future API) gets the same text. {@code null} stays {@code null}.
 */
public final class PlainText {

    private PlainText() {}

    /** A one-line text (a name, a subject): line breaks and tabs become spaces, other control characters go. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String line(@Nullable String text) {
        return clean(text, false);
    }

    /** A text of several lines (a message, a description): keeps line breaks (as \n) and tabs. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String lines(@Nullable String text) {
        return clean(text, true);
    }

    @Contract("null -> null; !null -> !null")
    private static @Nullable String clean(@Nullable String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder clean = new StringBuilder(unified.length());
        unified.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                clean.append(multiLine ? (char) c : ' ');
            } else if (!Character.isISOControl(c)) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString();
    }
}
