package kz.sheber.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslationBundlesTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void every_bundle_has_every_key_that_another_bundle_has() throws IOException {
        Properties en = load(""), kk = load("_kk"), ru = load("_ru");
        Set<String> all = new TreeSet<>();
        for (Properties bundle : new Properties[] {en, kk, ru}) {
            bundle.stringPropertyNames().forEach(all::add);
        }
        assertThat(en.stringPropertyNames()).as("keys missing from English").containsAll(all);
        assertThat(kk.stringPropertyNames()).as("keys missing from Kazakh").containsAll(all);
        assertThat(ru.stringPropertyNames()).as("keys missing from Russian").containsAll(all);
    }

    @Test
    void every_message_is_a_valid_icu_pattern_and_not_left_empty() throws IOException {
        for (String suffix : new String[] {"", "_kk", "_ru"}) {
            Properties bundle = load(suffix);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern).as(key + suffix).isNotBlank();
                assertThatCode(() -> new MessageFormat(pattern, ULocale.ENGLISH))
                        .as(key + suffix)
                        .doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "ru, 1, Осталось 1 место",
        "ru, 2, Осталось 2 места",
        "ru, 5, Осталось 5 мест",
        "ru, 21, Осталось 21 место",
        "ru, 12, Осталось 12 мест",
        "kk, 1, 1 орын қалды",
        "kk, 3, 3 орын қалды",
        "en, 1, 1 place left",
        "en, 3, 3 places left"
    })
    void seats_left_follow_each_languages_plural_rules(String language, int seats, String expected) {
        assertThat(provider.getTranslation("seats.left", Locale.of(language), seats))
                .isEqualTo(expected);
    }

    @Test
    void an_unsupported_language_is_shown_in_english() {
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Home");
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(provider.getTranslation("no.such.key", Languages.KAZAKH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                TranslationBundlesTest.class.getResourceAsStream(
                        "/" + TranslationProvider.BUNDLE + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
