package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A course on the packaged jar: staff plan a weekly series as a course starting today, two residents enrol on
 * their phones, one of them says they will miss the second date, and the instructor marks the first date's
 * attendance and reads the course's register.
 */
class CourseJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Almaty");

    // As in the roster journey: the register opens three hours early, so today's first date can be marked
    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withMail("--sheber.roster.attendance-window-before=3h");

    @Test
    void staff_plan_a_course_two_residents_enrol_on_phones_one_misses_a_date_and_the_instructor_marks_attendance()
            throws Exception {
        LocalDateTime start = soon();
        String time = start.format(DateTimeFormatter.ofPattern("h:mm a", Locale.US));
        planCourse(start, time);

        Page visitor = centre.newPage("en", Chromium.PHONE);
        visitor.navigate(centre.url("timetable"));
        Chromium.awaitVaadin(visitor);
        Locator offer = visitor.locator(".sheber-course-offer")
                .filter(new Locator.FilterOptions().setHasText("Kazakh embroidery"))
                .filter(new Locator.FilterOptions().setHasText(time))
                .first();
        assertThat(offer.innerText()).contains("3 dates").contains("10 places left");
        long course = Long.parseLong(
                offer.locator(".sheber-course-enrol").getAttribute("id").replace("enrol-", ""));
        Chromium.assertAccessible(visitor);
        visitor.context().close();

        enrol("dana@sheber.demo", "kk", course, 2, "Сіз жазылдыңыз: әр күнге 2 орын.");
        Page ivan = enrol("ivan@sheber.demo", "ru", course, 1, "Вы записаны: 1 место на каждом занятии.");
        List<String> dates = ivan.locator("#course-dates li").all().stream()
                .map(li -> li.getAttribute("id"))
                .toList();
        assertThat(dates).hasSize(3);
        String second = dates.get(1).replace("date-", "");
        ivan.locator("#miss-" + second).click();
        PlaywrightAssertions.assertThat(ivan.locator("#course-message")).containsText("Отмечено");
        PlaywrightAssertions.assertThat(ivan.locator("#date-" + second)).containsText("вы пропустите");
        assertThat(fitsTheScreen(ivan))
                .as("the course page fits a phone's width")
                .isTrue();
        Chromium.assertAccessible(ivan);
        ivan.context().close();
        // One confirmation for the whole course (the demo's own course sent her one before)
        Inbox.await("dana@sheber.demo", m -> Inbox.subject(m).equals("Курсқа жазылдыңыз: Қазақ кестесі"));

        String first = dates.get(0).replace("date-", "");
        Page door = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(door, centre.app(), "aigerim@sheber.demo", "Sheber-Master-2026");
        door.navigate(centre.url("roster/" + first));
        door.locator("#participants").waitFor();
        String dana = bookingId(door, "Дана Әбенова");
        String ivans = bookingId(door, "Иван Петров");
        assertThat(door.locator("#kind-" + dana).innerText()).isEqualTo("Курста");
        door.locator("#came-" + dana + " input").fill("1");
        door.locator("#came-" + dana + " input").press("Tab");
        door.locator("#present-" + dana).click();
        PlaywrightAssertions.assertThat(door.locator("#mark-" + dana)).hasText("Келді: 1");
        door.locator("#no-show-" + ivans).click();
        PlaywrightAssertions.assertThat(door.locator("#mark-" + ivans)).hasText("Келмеді");

        door.locator("#course-register").click();
        door.locator("#register").waitFor();
        String register = door.locator("#register").innerText();
        assertThat(register)
                .contains("Дана Әбенова")
                .contains("Иван Петров")
                .contains("келді")
                .contains("келмеді")
                .contains("алдын ала ескертті");
        Chromium.assertAccessible(door);
        door.context().close();
    }

    private static void planCourse(LocalDateTime start, String time) {
        Page admin = centre.newPage("en", Chromium.DESKTOP);
        Journey.signInAsStaffInEnglish(admin, centre.app());
        admin.navigate(centre.url("admin/sessions"));
        Chromium.awaitVaadin(admin);
        admin.locator("#new-series").click();
        Journey.pick(admin, "#workshop", "Kazakh embroidery");
        Journey.pick(admin, "#room", "Шеберхана 2");
        Journey.pick(admin, "#instructor", "Әйгерім Сейітова");
        Journey.type(admin, "#capacity input", "10");
        admin.locator("#weekdays vaadin-checkbox")
                .filter(new Locator.FilterOptions()
                        .setHasText(start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
                .click();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        Journey.type(admin, "#firstDate input", start.toLocalDate().format(day));
        Journey.type(admin, "#lastDate input", start.toLocalDate().plusWeeks(2).format(day));
        Journey.type(admin, "#startTime input", time);
        admin.locator("#course").click();
        PlaywrightAssertions.assertThat(admin.locator("#enrolUntil input")).hasValue("2");
        admin.locator("#save").click();
        admin.locator("vaadin-dialog-overlay")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        admin.context().close();
    }

    private static Page enrol(String email, String language, long course, int seats, String status) {
        Page resident = centre.newPage(language, Chromium.PHONE);
        Journey.signIn(resident, centre.app(), email, "Sheber-Demo-2026");
        resident.navigate(centre.url("course/" + course));
        Chromium.awaitVaadin(resident);
        resident.locator("#seats input").fill(String.valueOf(seats));
        resident.locator("#seats input").press("Tab");
        resident.locator("#enrol").click();
        PlaywrightAssertions.assertThat(resident.locator("#course-status")).hasText(status);
        return resident;
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static String bookingId(Page page, String name) {
        return page.locator("#participants .sheber-booking-card")
                .filter(new Locator.FilterOptions().setHasText(name))
                .getAttribute("id")
                .replace("booking-", "");
    }

    /** Half past or on the hour, at least 90 minutes ahead: booking closes an hour before a class starts. */
    private static LocalDateTime soon() {
        LocalDateTime inNinetyMinutes =
                LocalDateTime.now(CENTRE).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
        int pastHalf = inNinetyMinutes.getMinute() % 30;
        return pastHalf == 0 ? inNinetyMinutes : inNinetyMinutes.plusMinutes(30 - pastHalf);
    }
}
