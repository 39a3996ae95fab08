package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What people stumbled on (issue 11), in Chromium against the packaged demo centre: sign-in comes back to the
 * class, dates are typed as Kazakhstan writes them, and the admin grids show their content on a 1280-px desktop.
 */
class EverydayStumblesIT {

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withoutMail();

    @Test
    void sign_in_to_book_on_a_session_page_comes_back_to_that_session() {
        Page page = centre.newPage("ru", Chromium.PHONE);
        page.navigate(centre.url("timetable"));
        Chromium.awaitVaadin(page);
        page.locator(".sheber-slot-link").first().click();
        page.locator("#booking-sign-in").waitFor();
        String session = page.url();

        page.locator("#booking-sign-in").click();
        Journey.sendSignInForm(page, "ivan@sheber.demo", "Sheber-Demo-2026");

        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.url()).isEqualTo(session);
        Chromium.awaitVaadin(page);
        page.locator("#booking-panel").waitFor();
        page.context().close();
    }

    @Test
    void a_link_to_another_site_after_sign_in_is_ignored() {
        Page page = centre.newPage("en", Chromium.DESKTOP);
        page.navigate(centre.url("login?continue=https://evil.example/steal"));
        Chromium.awaitVaadin(page);
        Journey.sendSignInForm(page, "ivan@sheber.demo", "Sheber-Demo-2026");

        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.url()).startsWith(centre.url(""));
        page.context().close();
    }

    @Test
    void dates_typed_as_day_month_year_are_understood_in_kazakh_and_russian_and_a_wrong_one_is_explained() {
        Page kazakh = centre.newPage("kk", Chromium.DESKTOP);
        kazakh.navigate(centre.url("timetable"));
        Chromium.awaitVaadin(kazakh);
        Journey.type(kazakh, "#timetable-from input", "4.12.2030");
        kazakh.waitForURL(url -> url.contains("from=2030-12-04"));
        assertThat(kazakh.locator("#timetable-from input").inputValue()).isEqualTo("04.12.2030");
        Journey.type(kazakh, "#timetable-to input", "32.13.2030");
        kazakh.locator("#timetable-to [slot=error-message]").waitFor();
        assertThat(kazakh.locator("#timetable-to [slot=error-message]").innerText())
                .isEqualTo("Күнді күн.ай.жыл түрінде жазыңыз, мысалы 04.12.2026.");
        kazakh.context().close();

        Page russian = centre.newPage("ru", Chromium.DESKTOP);
        russian.navigate(centre.url("timetable"));
        Chromium.awaitVaadin(russian);
        Journey.type(russian, "#timetable-to input", "05.01.2031");
        russian.waitForURL(url -> url.contains("to=2031-01-05"));
        russian.locator("#timetable-to input").click(); // opens the calendar at the chosen month
        russian.locator("vaadin-month-calendar")
                .filter(new Locator.FilterOptions().setHasText("Январь 2031"))
                .first()
                .waitFor();
        russian.context().close();
    }

    @Test
    void the_sessions_and_people_grids_show_every_cell_whole_on_a_1280_px_desktop() {
        Page admin = centre.newPage("kk", Chromium.DESKTOP);
        Journey.signIn(admin, centre.app(), "admin@sheber.demo", "Sheber-Admin-2026");
        for (String route : List.of("admin/sessions", "admin/people")) {
            admin.navigate(centre.url(route));
            Chromium.awaitVaadin(admin);
            admin.locator("vaadin-grid-cell-content").nth(20).waitFor();
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) admin.evaluate("() => [...document.querySelectorAll("
                    + "'vaadin-grid-cell-content')].filter(c => c.offsetParent !== null && c.innerText.trim()"
                    + " && c.scrollWidth > c.clientWidth + 1).map(c => c.innerText)");
            assertThat(cut).as(route + ": cells cut short").isEmpty();
        }
        admin.context().close();
    }
}
