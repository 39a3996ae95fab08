package kz.sheber.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible string comes from {@code vaadin-i18n/translations*.properties}. Messages are ICU patterns, so
 * plurals follow each language's rules: {@code {0, plural, one {# место} few {# места} other {# мест}}}.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Set only by the test that proves no view shows text that skipped the bundles. */
    private volatile boolean markTranslations;

    void markTranslations(boolean mark) {
        this.markTranslations = mark;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language =
                Languages.of(locale == null ? null : locale.getLanguage()).orElse(Languages.ENGLISH);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No translation for '{}' in {}", key, language);
            return "!" + key + "!";
        }
        String text = IcuMessages.format(pattern, language, params);
        return markTranslations ? "⟦" + text + "⟧" : text;
    }
}
