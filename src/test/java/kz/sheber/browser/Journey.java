package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What journeys do again and again in the browser: sign in, plan a class, pick from a list, type a date. */
final class Journey {

    private Journey() {}

    /** Signs in through the sign-in form, and checks the session id changed on the way in. */
    static void signIn(Page page, RunningApp app, String email, String password) {
        String sessionBefore = submitSignIn(page, app, email, password);
        page.waitForURL(url -> !url.contains("/login"));
        Chromium.awaitVaadin(page);
        page.locator("#account-menu").waitFor();
        assertThat(sessionId(page)).as("the session id changes at sign-in").isNotEqualTo(sessionBefore);
    }

    /** Opens the sign-in page and sends the form as a person does; returns the session id from before. */
    static String submitSignIn(Page page, RunningApp app, String email, String password) {
        page.navigate(app.url("login"));
        Chromium.awaitVaadin(page);
        String sessionBefore = sessionId(page);
        sendSignInForm(page, email, password);
        return sessionBefore;
    }

    /** Fills in the sign-in form on the page, wherever the person came from, and sends it. */
    static void sendSignInForm(Page page, String email, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=vaadin-login-submit]")
                .first()
                .click();
    }

    /**
     * Signs in as the demo's staff member, whose profile reads Kazakh, and switches this browser to English, in which
     * staff's part of the journeys is written. The switcher's choice stays on this device (a cookie), so a second
     * sign-in in the same browser is already in English.
     */
    static void signInAsStaffInEnglish(Page admin, RunningApp app) {
        signIn(admin, app, "admin@sheber.demo", "Sheber-Admin-2026");
        if (!"en".equals(admin.getAttribute("html", "lang"))) {
            admin.locator("#language-en").click();
            admin.waitForCondition(() -> "en".equals(admin.getAttribute("html", "lang")));
        }
    }

    /** Staff plan a one-off embroidery class with Әйгерім in the admin pages, and wait for the dialog to close. */
    static void planEmbroideryClass(Page admin, RunningApp app, LocalDateTime start, int capacity) {
        admin.navigate(app.url("admin/sessions"));
        Chromium.awaitVaadin(admin);
        admin.locator("#new-session").click();
        pick(admin, "#workshop", "Kazakh embroidery");
        pick(admin, "#room", "Шеберхана 2");
        pick(admin, "#instructor", "Әйгерім Сейітова");
        type(admin, "#start vaadin-date-picker input", start.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        type(admin, "#start vaadin-time-picker input", start.format(DateTimeFormatter.ofPattern("h:mm a", Locale.US)));
        type(admin, "#capacity input", String.valueOf(capacity));
        admin.locator("#save").click();
        admin.locator("vaadin-dialog-overlay")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Chooses an item of a Vaadin combo box by typing part of its label. */
    static void pick(Page page, String comboBox, String text) {
        page.locator(comboBox + " input").fill(text);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    /** Types into a field and presses Enter, as a person commits a date or a time. */
    static void type(Page page, String input, String text) {
        page.locator(input).fill(text);
        page.locator(input).press("Enter");
    }

    /**
     * The first session with free seats from the day after tomorrow, as the public JSON feed lists it. The demo centre
     * is seeded just after the server starts answering, so this asks until it is there.
     */
    static JsonNode firstSessionWithFreeSeats(RunningApp app) throws Exception {
        // Longer than the feed's 60-second cache, which may hold an answer from before the seeding
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            String json = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(app.url("feeds/sessions.json?free=1&from="
                                            + LocalDate.now().plusDays(2))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            JsonNode sessions = new ObjectMapper().readTree(json).get("sessions");
            if (sessions.size() > 0) {
                return sessions.get(0);
            }
            assertThat(System.nanoTime())
                    .as("the demo centre has sessions with free places")
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }
}
