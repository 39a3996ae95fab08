package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Media;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An instructor at the workshop door, on a phone: staff plan a class that starts soon (the demo's classes begin
 * tomorrow), two residents book it, and the instructor opens the roster, marks who came and writes to the class;
 * the message reaches each resident's mailbox in their own language. Staff then print the roster on A4.
 */
class RosterJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Almaty");
    private static final String SUBJECT = "Алжапқыш пен қайшы";
    private static final String LINE_1 = "Сабаққа алжапқыш пен қайшы ала келіңіздер.";
    private static final String LINE_2 = "Сау болыңыздар, Әйгерім";

    // This centre lets instructors take the register up to three hours early (the default is 30 minutes), so a
    // class can be planned, booked before booking closes an hour ahead, and marked, all within the journey
    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withMail("--sheber.roster.attendance-window-before=3h");

    @Test
    void an_instructor_marks_attendance_on_a_phone_and_the_message_to_the_class_arrives_by_email() throws Exception {
        LocalDateTime start = soon();
        Page admin = centre.newPage("en", Chromium.DESKTOP);
        long session = planClass(admin, start, 10);

        book("dana@sheber.demo", "kk", session, 2, "#booking-book");
        book("ivan@sheber.demo", "ru", session, 1, "#booking-book");

        Page door = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(door, centre.app(), "aigerim@sheber.demo", "Sheber-Master-2026");
        // Signing in lands the instructor on her classes, no menu needed
        door.waitForURL(url -> url.endsWith("/my-sessions"));
        Chromium.awaitVaadin(door);
        assertThat(door.locator("#upcoming #session-" + session).innerText())
                .contains("Қазақ кестесі")
                .contains("Жазылған: 3 / 10");
        door.locator("#open-" + session).click();
        door.locator("#participants").waitFor();
        assertThat(door.locator("#participants h3").allInnerTexts()).containsExactly("Дана Әбенова", "Иван Петров");
        String dana = bookingId(door, "Дана Әбенова");
        String ivan = bookingId(door, "Иван Петров");
        assertThat(door.locator("#call-" + dana).getAttribute("href")).isEqualTo("tel:+77074000004");

        // Dana booked two seats and came alone; Ivan did not come
        door.locator("#came-" + dana + " input").fill("1");
        door.locator("#came-" + dana + " input").press("Tab");
        door.locator("#present-" + dana).click();
        PlaywrightAssertions.assertThat(door.locator("#mark-" + dana)).hasText("Келді: 1");
        door.locator("#no-show-" + ivan).click();
        PlaywrightAssertions.assertThat(door.locator("#mark-" + ivan)).hasText("Келмеді");

        door.locator("#message-subject input").fill(SUBJECT);
        door.locator("#message-body textarea").fill(LINE_1 + "\n" + LINE_2);
        door.locator("#message-send").click();
        PlaywrightAssertions.assertThat(door.locator("#messages")).containsText(SUBJECT);
        assertThat(door.locator("#messages").innerText()).contains("алушылар: 2");
        assertThat(fitsTheScreen(door)).as("the roster fits a phone's width").isTrue();
        door.locator("h1").scrollIntoViewIfNeeded();
        door.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser-runs", "roster-phone.png")));
        Chromium.assertAccessible(door);
        door.context().close();

        MimeMessage toDana =
                Inbox.await("dana@sheber.demo", m -> Inbox.subject(m).endsWith(SUBJECT));
        assertThat(Inbox.subject(toDana)).isEqualTo("Қазақ кестесі: " + SUBJECT);
        assertThat(Inbox.text(toDana))
                .contains("сабаққа қатысушылардың бәріне жазды")
                .contains(LINE_1)
                .contains(LINE_2);
        MimeMessage toIvan =
                Inbox.await("ivan@sheber.demo", m -> Inbox.subject(m).endsWith(SUBJECT));
        assertThat(Inbox.subject(toIvan)).isEqualTo("Казахская вышивка: " + SUBJECT);
        assertThat(Inbox.text(toIvan))
                .contains("написал(а) всем участникам занятия")
                .contains(LINE_1)
                .contains(LINE_2);
        assertThat(TestMail.messagesTo("asel@sheber.demo"))
                .noneMatch(m -> Inbox.subject(m).endsWith(SUBJECT));

        printRoster(admin, start, session);
        admin.context().close();
    }

    /**
     * "My seat vanished": two seats, Dana takes both and Ivan waits for two; Dana cancels and the waiting list moves
     * Ivan in. Staff open Ivan's booking from the roster and read every step, the move made by the waiting list.
     */
    @Test
    void staff_read_a_bookings_history_after_a_cancellation_moved_the_waiting_list_up() {
        LocalDateTime start = soon().plusHours(3);
        Page admin = centre.newPage("en", Chromium.DESKTOP);
        long session = planClass(admin, start, 2);
        book("dana@sheber.demo", "kk", session, 2, "#booking-book");
        book("ivan@sheber.demo", "ru", session, 2, "#booking-join");

        Page dana = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(dana, centre.app(), "dana@sheber.demo", "Sheber-Demo-2026");
        dana.navigate(centre.url("session/" + session));
        Chromium.awaitVaadin(dana);
        dana.locator("#booking-cancel").click();
        dana.locator("#booking-book, #booking-join").first().waitFor();
        dana.context().close();

        admin.navigate(centre.url("roster/" + session));
        admin.locator("#participants").waitFor();
        admin.locator("#booking-history-" + bookingId(admin, "Иван Петров")).click();
        admin.waitForURL(url -> url.contains("admin/audit?booking="));
        Locator entries = admin.locator("#audit-entries .sheber-audit-entry");
        entries.first().waitFor();
        assertThat(entries.allInnerTexts())
                .satisfiesExactly(
                        promoted -> assertThat(promoted)
                                .contains("Moved from the waiting list into the class")
                                .contains("The waiting list (automatic)")
                                .contains("By the system")
                                .contains("Иван Петров"),
                        joined -> assertThat(joined)
                                .contains("Joined the waiting list")
                                .contains("Online")
                                .contains("Seats: — → 2"));
        Chromium.assertAccessible(admin);
        admin.context().close();
    }

    /** Staff plan a one-off class with Әйгерім in the admin pages and find it on their day's rosters. */
    private static long planClass(Page admin, LocalDateTime start, int capacity) {
        Journey.signInAsStaffInEnglish(admin, centre.app());
        Journey.planEmbroideryClass(admin, centre.app(), start, capacity);

        openRosters(admin, start);
        // Classes are listed in start order; the demo's own embroidery classes start later, and each test plans
        // one with its own number of seats
        Locator card = admin.locator("#rosters .sheber-booking-card")
                .filter(new Locator.FilterOptions().setHasText("Kazakh embroidery"))
                .filter(new Locator.FilterOptions().setHasText("Booked: 0 of " + capacity + " "))
                .first();
        assertThat(card.innerText()).contains("Instructor: Әйгерім Сейітова").contains("Booked: 0 of " + capacity);
        Chromium.assertAccessible(admin);
        return Long.parseLong(card.getAttribute("id").replace("session-", ""));
    }

    private static void book(String email, String language, long session, int seats, String button) {
        Page resident = centre.newPage(language, Chromium.PHONE);
        Journey.signIn(resident, centre.app(), email, "Sheber-Demo-2026");
        resident.navigate(centre.url("session/" + session));
        Chromium.awaitVaadin(resident);
        resident.locator("#booking-seats input").fill(String.valueOf(seats));
        resident.locator(button).click();
        resident.locator("#booking-reference").waitFor();
        resident.context().close();
    }

    /**
     * Staff open the roster from their day's rosters and print it: on paper there is no navigation, no button and
     * no form, only the class and who is on it. The A4 page is kept in target/ for a person to look at.
     */
    private static void printRoster(Page admin, LocalDateTime start, long session) throws Exception {
        openRosters(admin, start);
        assertThat(admin.locator("#session-" + session).innerText()).contains("Booked: 3 of 10 · Waiting: 0");
        admin.locator("#open-" + session).click();
        admin.locator("#participants").waitFor();
        assertThat(admin.locator("#participants").innerText())
                .contains("Came: 1")
                .contains("Did not come")
                .contains("Last 90 days");

        admin.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        for (String screenOnly : new String[] {
            "vaadin-side-nav",
            "vaadin-drawer-toggle",
            "#account-menu",
            "#roster-print",
            "#roster-csv",
            "#all-present",
            "#message-send",
            "#walkin-add"
        }) {
            assertThat(admin.locator(screenOnly).first().isVisible())
                    .as(screenOnly + " on paper")
                    .isFalse();
        }
        assertThat(admin.locator("#booking-" + bookingId(admin, "Дана Әбенова")).isVisible())
                .as("cards on paper")
                .isFalse();
        assertThat(admin.locator("#participants-printed tbody tr").allInnerTexts())
                .satisfiesExactly(
                        dana -> assertThat(dana)
                                .contains("Дана Әбенова")
                                .contains("+7 707 400 00 04")
                                .contains("Came: 1"),
                        ivan -> assertThat(ivan).contains("Иван Петров").contains("Did not come"));
        Path pdf = Path.of("target", "browser-runs", "roster-a4.pdf");
        admin.pdf(new Page.PdfOptions().setPath(pdf).setPreferCSSPageSize(true).setPrintBackground(true));
        assertThat(Files.size(pdf)).isPositive();
    }

    private static void openRosters(Page admin, LocalDateTime start) {
        admin.navigate(centre.url("admin/rosters?day=" + start.toLocalDate()));
        Chromium.awaitVaadin(admin);
        admin.locator("#rosters .sheber-booking-card").first().waitFor();
    }

    /** Half past or on the hour, one and a half to two hours from now: booking is still open, the register too. */
    private static LocalDateTime soon() {
        LocalDateTime inNinetyMinutes =
                LocalDateTime.now(CENTRE).plusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
        int pastHalf = inNinetyMinutes.getMinute() % 30;
        return pastHalf == 0 ? inNinetyMinutes : inNinetyMinutes.plusMinutes(30 - pastHalf);
    }

    private static String bookingId(Page page, String name) {
        return page.locator("#participants .sheber-booking-card")
                .filter(new Locator.FilterOptions().setHasText(name))
                .getAttribute("id")
                .replace("booking-", "");
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
