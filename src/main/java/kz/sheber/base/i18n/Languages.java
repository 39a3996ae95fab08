package kz.sheber.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The centre's three languages, in the order the switcher shows them. */
public final class Languages {

    public static final Locale KAZAKH = Locale.of("kk");
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(KAZAKH, RUSSIAN, ENGLISH);

    private Languages() {}

    /** The supported locale with this language code ("ru", "ru-RU" and "RU" all give Russian). */
    public static Optional<Locale> of(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        for (Locale known : ALL) {
            if (known.getLanguage().equals(tag)) {
                return Optional.of(known); // the usual case, stored codes; parsing a tag costs more (every mail asks)
            }
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
