package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff plan a weekly series in the admin pages; a resident then finds it on the public timetable. */
class ScheduleJourneyIT {

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withoutMail();

    @Test
    void an_admin_creates_a_weekly_series_and_a_resident_sees_it_on_the_timetable() {
        // Mondays ten weeks out, at an hour the demo centre leaves free
        LocalDate first =
                LocalDate.now(ZoneId.of("Asia/Almaty")).plusWeeks(10).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = first.plusWeeks(2);

        Page admin = centre.newPage("en", Chromium.DESKTOP);
        signIn(admin, "admin@sheber.demo", "Sheber-Admin-2026");
        // The demo admin reads Kazakh; this journey is written in English
        admin.locator("#language-en").click();
        admin.waitForCondition(() -> "en".equals(admin.getAttribute("html", "lang")));
        admin.navigate(centre.url("admin/sessions"));
        Chromium.awaitVaadin(admin);
        Chromium.assertAccessible(admin);
        admin.locator("#new-series").click();
        Journey.pick(admin, "#workshop", "Clay sculpture");
        Journey.pick(admin, "#room", "Шеберхана 1");
        Journey.pick(admin, "#instructor", "Нұрлан Жұмабаев");
        admin.locator("#weekdays vaadin-checkbox")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Monday"))
                .click();
        Journey.type(admin, "#firstDate input", first.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Journey.type(admin, "#lastDate input", last.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Journey.type(admin, "#startTime input", "8:00 AM");
        admin.locator("#save").click();
        admin.locator("vaadin-dialog-overlay")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        admin.context().close();

        Page resident = centre.newPage("en", Chromium.PHONE);
        resident.navigate(centre.url("timetable?q=Clay%20sculpture&from=" + first + "&to=" + last));
        Chromium.awaitVaadin(resident);
        resident.locator(".sheber-slot-time").first().waitFor();
        assertThat(resident.locator(".sheber-slot-time").allInnerTexts())
                .hasSize(3)
                .allSatisfy(time -> assertThat(time).contains("8:00"));
        assertThat(resident.locator(".sheber-slot-title").first().innerText()).contains("Clay sculpture");
        Chromium.assertAccessible(resident);

        resident.locator(".sheber-slot-link").first().click();
        resident.locator("#booking-panel").waitFor();
        assertThat(resident.locator("h1").innerText()).contains("Clay sculpture");
        Chromium.assertAccessible(resident);
        resident.context().close();
    }

    private static void signIn(Page page, String email, String password) {
        Journey.signIn(page, centre.app(), email, password);
    }
}
