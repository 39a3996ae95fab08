package kz.sheber.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the switcher does: remember the choice on this device (a cookie) and redraw the page. It leaves the profile
 * alone: the profile's language is the one mail is written in, changed on the profile page only.
 */
@Component
public class LanguageSwitch {

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
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
