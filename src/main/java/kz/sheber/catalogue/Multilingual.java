package kz.sheber.catalogue;

import java.util.List;
import java.util.Locale;
import kz.sheber.base.PlainText;
import org.jspecify.annotations.Nullable;

/** A text in the centre's three languages; any may be empty, and a reader then sees another one, marked. */
public record Multilingual(String kk, String ru, String en) {

    public static final Multilingual EMPTY = new Multilingual("", "", "");
    private static final List<String> FALLBACK_ORDER = List.of("kk", "ru", "en");

    public Multilingual {
        // Names and descriptions alike: a description keeps its lines
        kk = kk == null ? "" : PlainText.lines(kk).strip();
        ru = ru == null ? "" : PlainText.lines(ru).strip();
        en = en == null ? "" : PlainText.lines(en).strip();
    }

    public String get(String language) {
        return switch (language) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
    }

    public boolean isEmpty() {
        return kk.isEmpty() && ru.isEmpty() && en.isEmpty();
    }

    /** The text for a reader: their language if given, otherwise the first of kk, ru, en that is. */
    public Shown in(@Nullable Locale reader) {
        String wanted = reader == null ? "en" : reader.getLanguage();
        if (!get(wanted).isEmpty()) {
            return new Shown(get(wanted), wanted, false);
        }
        for (String language : FALLBACK_ORDER) {
            if (!get(language).isEmpty()) {
                return new Shown(get(language), language, true);
            }
        }
        return new Shown("", wanted, false);
    }

    /**
     * A text as shown to one reader. When {@code fallback}, it is in {@code language}, not the reader's, and the
     * page says so ("(in Russian)", bundle key {@code language.in.<language>}).
     */
    public record Shown(String text, String language, boolean fallback) {}
}
