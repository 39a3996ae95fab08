package kz.sheber.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU message patterns parsed once per language and kept. Parsing a pattern (and building its number and plural
 * formatters at the first format) cost more than the formatting itself, on every translated string and every
 * mail. A {@link MessageFormat} is not thread-safe, so each formats under its own lock: one instance per pattern
 * keeps memory flat however many threads render, and the lock is held for microseconds.
 */
public final class IcuMessages {

    private static final Map<Key, MessageFormat> PARSED = new ConcurrentHashMap<>();

    private record Key(Locale language, String pattern) {}

    private IcuMessages() {}

    /** The parsed pattern; format it only through {@link #format}. */
    public static MessageFormat parsed(String pattern, Locale language) {
        return PARSED.computeIfAbsent(
                new Key(language, pattern), k -> new MessageFormat(k.pattern(), ULocale.forLocale(k.language())));
    }

    public static String format(String pattern, Locale language, Object[] positional) {
        MessageFormat format = parsed(pattern, language);
        synchronized (format) {
            return format.format(positional);
        }
    }

    public static String format(String pattern, Locale language, Map<String, Object> named) {
        MessageFormat format = parsed(pattern, language);
        synchronized (format) {
            return format.format(named);
        }
    }
}
