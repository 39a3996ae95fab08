package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.sheber.support.TestMail;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A resident's personal data on a phone, through the packaged jar: she registers, books a class that starts in two
 * hours, downloads her data and reads the file, then deletes her account. Her seat is freed, she can no longer
 * sign in, and the instructor's roster keeps her late cancellation as an anonymous line.
 */
class PrivacyJourneyIT {

    private static final ZoneId CENTRE = ZoneId.of("Asia/Almaty");
    private static final Pattern LINK = Pattern.compile("(http://[^\\s\"<>]+token=[A-Za-z0-9_-]+)");
    private static final String NAME = "Жанар Өшірілетін";
    private static final String PASSWORD = "Felt-and-wool-2026";

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withMail();

    @Test
    void a_resident_downloads_her_data_deletes_her_account_and_the_roster_keeps_an_anonymous_booking()
            throws Exception {
        long session = planClass(soon());
        String email = TestPeople.uniqueEmail("erase");
        Page phone = centre.newPage("en", Chromium.PHONE);
        register(phone, email);
        Journey.signIn(phone, centre.app(), email, PASSWORD);
        phone.navigate(centre.url("session/" + session));
        Chromium.awaitVaadin(phone);
        phone.locator("#booking-seats input").fill("2");
        phone.locator("#booking-book").click();
        Matcher reference = Pattern.compile("[A-Z0-9]{6}")
                .matcher(phone.locator("#booking-reference").innerText());
        assertThat(reference.find()).isTrue();

        phone.navigate(centre.url("profile"));
        Chromium.awaitVaadin(phone);
        phone.locator("#download-my-data").scrollIntoViewIfNeeded();
        Download download =
                phone.waitForDownload(() -> phone.locator("#download-my-data").click());
        assertThat(download.suggestedFilename()).startsWith("sheber-data-").endsWith(".zip");
        Map<String, String> files = unzip(download);
        assertThat(files.get("sheber-data.json"))
                .contains(email)
                .contains(NAME)
                .contains("\"bookings\"")
                .contains(reference.group());
        assertThat(files.get("sheber-data.html"))
                .contains("<h1>Your data at the crafts centre</h1>")
                .contains(NAME);
        Chromium.assertAccessible(phone);

        phone.locator("#delete-account").click();
        phone.locator("#delete-password input").fill(PASSWORD);
        phone.locator("#confirm-delete").click();
        phone.waitForURL(url -> !url.contains("/profile"));
        phone.navigate(centre.url("profile"));
        phone.waitForURL(url -> url.contains("/login"));
        Journey.submitSignIn(phone, centre.app(), email, PASSWORD);
        phone.waitForURL(url -> url.contains("/login?error"));
        phone.context().close();

        Page door = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(door, centre.app(), "aigerim@sheber.demo", "Sheber-Master-2026");
        door.navigate(centre.url("roster/" + session));
        door.locator("#participants").waitFor();
        String erased = switch (String.valueOf(door.getAttribute("html", "lang"))) {
            case "ru" -> "Удалённый человек";
            case "en" -> "Erased person";
            default -> "Деректері өшірілген адам";
        };
        assertThat(door.locator("#participants h3").allInnerTexts()).containsExactly(erased);
        assertThat(door.locator("#participants").innerText())
                .doesNotContain(NAME)
                .doesNotContain(email);
        Chromium.assertAccessible(door);
        door.context().close();
    }

    private static void register(Page page, String email) throws Exception {
        page.navigate(centre.url("register"));
        Chromium.awaitVaadin(page);
        page.locator("#fullName input").fill(NAME);
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(PASSWORD);
        page.locator("#consent input").check();
        page.locator("#register").click();
        page.getByText("Check your email").waitFor();
        Matcher link =
                LINK.matcher(Inbox.text(TestMail.awaitMessagesTo(email, 1).getLast()));
        assertThat(link.find()).isTrue();
        page.navigate(link.group(1).replaceFirst("http://[^/]+/", centre.url("")));
        Chromium.awaitVaadin(page);
        page.locator("#confirm").click();
        page.getByText("your email is confirmed").waitFor();
    }

    /** Staff plan a class with Әйгерім; returns its id from the day's rosters. */
    private static long planClass(LocalDateTime start) {
        Page admin = centre.newPage("en", Chromium.DESKTOP);
        Journey.signInAsStaffInEnglish(admin, centre.app());
        Journey.planEmbroideryClass(admin, centre.app(), start, 7);
        admin.navigate(centre.url("admin/rosters?day=" + start.toLocalDate()));
        Chromium.awaitVaadin(admin);
        Locator card = admin.locator("#rosters .sheber-booking-card")
                .filter(new Locator.FilterOptions().setHasText("Kazakh embroidery"))
                .filter(new Locator.FilterOptions().setHasText("Booked: 0 of 7 "))
                .first();
        long id = Long.parseLong(card.getAttribute("id").replace("session-", ""));
        admin.context().close();
        return id;
    }

    /** Two hours or so from now: booking is still open, and cancelling is late, so the roster keeps the line. */
    private static LocalDateTime soon() {
        LocalDateTime inTwoHours = LocalDateTime.now(CENTRE).plusMinutes(120).truncatedTo(ChronoUnit.MINUTES);
        int pastHalf = inTwoHours.getMinute() % 30;
        return pastHalf == 0 ? inTwoHours : inTwoHours.plusMinutes(30 - pastHalf);
    }

    private static Map<String, String> unzip(Download download) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(download.path());
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
