package kz.sheber.base.i18n;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.sheber.base.SheberProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Picks the language for a request: the switcher's choice on this device (its cookie), else the signed-in
 * person's profile language (which is also the language of their mail), else the browser's Accept-Language among
 * kk/ru/en, else the installation's default. The device's choice wins so that a person who reads Russian at home
 * and Kazakh on the centre's desk computer gets what they picked on each, without the two fighting.
 */
@Component
public class LocaleResolution {

    public static final String COOKIE = "sheber-lang";

    private final ObjectProvider<UserLanguagePreference> userPreference;
    private final Locale defaultLocale;

    public LocaleResolution(ObjectProvider<UserLanguagePreference> userPreference, SheberProperties properties) {
        this.userPreference = userPreference;
        this.defaultLocale = properties.defaultLocale();
    }

    public Locale resolve(Cookie[] cookies, String acceptLanguage) {
        return fromCookie(cookies)
                .or(() -> userPreference.stream()
                        .map(UserLanguagePreference::currentUserLanguage)
                        .flatMap(Optional::stream)
                        .findFirst())
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(defaultLocale);
    }

    private static Optional<Locale> fromCookie(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookup(ranges, Languages.ALL));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
