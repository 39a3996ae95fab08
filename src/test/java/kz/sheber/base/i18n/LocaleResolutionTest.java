package kz.sheber.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import kz.sheber.base.SheberProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class LocaleResolutionTest {

    private static final Cookie[] NO_COOKIES = new Cookie[0];

    @Test
    void a_visitor_gets_the_first_supported_language_their_browser_asks_for() {
        assertThat(resolution(null).resolve(NO_COOKIES, "de-DE,de;q=0.9,ru;q=0.8,en;q=0.5"))
                .isEqualTo(Languages.RUSSIAN);
        assertThat(resolution(null).resolve(NO_COOKIES, "en-GB")).isEqualTo(Languages.ENGLISH);
        assertThat(resolution(null).resolve(NO_COOKIES, "kk-KZ,ru;q=0.5")).isEqualTo(Languages.KAZAKH);
    }

    @Test
    void a_browser_asking_for_no_supported_language_gets_the_centres_default() {
        assertThat(resolution(null).resolve(NO_COOKIES, "fr-FR,de;q=0.5")).isEqualTo(Languages.KAZAKH);
        assertThat(resolution(null).resolve(NO_COOKIES, null)).isEqualTo(Languages.KAZAKH);
        assertThat(resolution(null).resolve(NO_COOKIES, ";;;q=garbage")).isEqualTo(Languages.KAZAKH);
    }

    @Test
    void the_switchers_cookie_beats_the_browser() {
        Cookie[] cookies = {new Cookie(LocaleResolution.COOKIE, "en")};
        assertThat(resolution(null).resolve(cookies, "ru")).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void a_cookie_naming_an_unsupported_language_is_ignored() {
        Cookie[] cookies = {new Cookie(LocaleResolution.COOKIE, "xx")};
        assertThat(resolution(null).resolve(cookies, "ru")).isEqualTo(Languages.RUSSIAN);
    }

    @Test
    void the_switchers_choice_on_this_device_beats_the_profile_language() {
        Cookie[] cookies = {new Cookie(LocaleResolution.COOKIE, "en")};
        assertThat(resolution(Languages.RUSSIAN).resolve(cookies, "kk")).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void without_a_choice_on_this_device_the_profile_language_beats_the_browser() {
        assertThat(resolution(Languages.RUSSIAN).resolve(null, "en")).isEqualTo(Languages.RUSSIAN);
    }

    private static LocaleResolution resolution(Locale userLanguage) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (userLanguage != null) {
            beans.addBean("preference", new UserLanguagePreference() {
                @Override
                public Optional<Locale> currentUserLanguage() {
                    return Optional.of(userLanguage);
                }
            });
        }
        SheberProperties properties = new SheberProperties(
                new SheberProperties.Centre(null, new SheberProperties.LocalizedText("", "", ""), "", ""),
                ZoneId.of("Asia/Almaty"),
                "kk",
                Path.of("data"),
                java.net.URI.create("http://localhost:8080"));
        return new LocaleResolution(beans.getBeanProvider(UserLanguagePreference.class), properties);
    }
}
