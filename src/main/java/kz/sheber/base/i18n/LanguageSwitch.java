package kz.sheber.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What the switcher does: remember the choice (cookie, and the profile when signed in) and redraw the page. */
@Component
public class LanguageSwitch {

    private final ObjectProvider<UserLanguagePreference> userPreference;

    LanguageSwitch(ObjectProvider<UserLanguagePreference> userPreference) {
        this.userPreference = userPreference;
    }

    public void switchTo(UI ui, Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(LocaleResolution.COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        userPreference.ifAvailable(preference -> preference.rememberForCurrentUser(locale));
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
