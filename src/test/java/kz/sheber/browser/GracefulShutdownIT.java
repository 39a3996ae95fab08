package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an operator's SIGTERM (a deploy, {@code systemctl stop}) while residents press Book on their phones.
 * What each resident was told is exactly what the restarted app holds, and every confirmation mail goes out once.
 * The restart logs as JSON, the documented option for log collectors.
 */
class GracefulShutdownIT {

    private static final List<String> RESIDENTS = List.of("dana@sheber.demo", "ivan@sheber.demo", "asel@sheber.demo");
    private static final int ROUNDS_BEFORE_STOP = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z2-9]{6})\\b");
    private static final String[] SETTINGS = {
        "--spring.profiles.active=demo",
        "--spring.mail.host=" + TestMail.host(),
        "--spring.mail.port=" + TestMail.port(),
        "--sheber.mail.poll-interval=1s",
        "--sheber.mail.keep-sent=3650d"
    };

    @Test
    void sigterm_in_the_middle_of_a_burst_of_bookings_loses_no_booking_and_no_mail() throws Exception {
        RunningApp app = RunningApp.start(SETTINGS);
        Path data = app.dataDirectory();
        List<Long> sessions;
        List<String> told = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            sessions = sessionsNoneOfThemBooked(data, ROUNDS_BEFORE_STOP + 1);
            List<Page> phones = new ArrayList<>();
            for (String resident : RESIDENTS) {
                Page phone = chromium.newPage("ru", Chromium.PHONE);
                Journey.signIn(phone, app, resident, "Sheber-Demo-2026");
                phones.add(phone);
            }
            for (int round = 0; round <= ROUNDS_BEFORE_STOP; round++) {
                for (Page phone : phones) {
                    phone.navigate(app.url("session/" + sessions.get(round)));
                    Chromium.awaitVaadin(phone);
                }
                for (int i = 0; i < phones.size(); i++) {
                    phones.get(i).locator("#booking-book").click();
                    if (round == ROUNDS_BEFORE_STOP && i == 0) {
                        // SIGTERM while the first press is under way: its booking is committed, its answer not yet
                        // seen; the other two residents press Book after it
                        awaitBooked(data, RESIDENTS.getFirst(), sessions.get(round));
                        app.process().destroy();
                    }
                }
                // Before the stop every press is answered; at the stop, each page shows what the server answered
                Duration wait = round < ROUNDS_BEFORE_STOP ? Duration.ofSeconds(20) : Duration.ofSeconds(10);
                for (Page phone : phones) {
                    referenceShown(phone, wait).ifPresent(told::add);
                }
                if (round < ROUNDS_BEFORE_STOP) {
                    assertThat(told).as("every press before the stop is booked").hasSize((round + 1) * phones.size());
                }
            }
        }
        assertThat(app.process().onExit().get(90, TimeUnit.SECONDS).isAlive())
                .as("the app stops by itself after SIGTERM")
                .isFalse();
        assertThat(told)
                .as("the press under way at the stop was answered")
                .hasSizeGreaterThan(ROUNDS_BEFORE_STOP * RESIDENTS.size());

        // The restart also writes its log as a log collector wants it: one JSON object per line
        String[] restart = Stream.concat(Arrays.stream(SETTINGS), Stream.of("--logging.structured.format.console=ecs"))
                .toArray(String[]::new);
        try (RunningApp restarted = RunningApp.startOn(data, Map.of(), restart)) {
            EmbeddedServerProbe db = new EmbeddedServerProbe(data);
            assertThat(bookedIn(db, sessions))
                    .as("what the residents were told is what the database holds")
                    .containsExactlyInAnyOrderElementsOf(told);
            await().atMost(Duration.ofSeconds(60)).until(() -> unsentMailTo(db) == 0);
            for (String reference : told) {
                assertThat(TestMail.allMessages().stream()
                                .filter(m -> Inbox.text(m).contains(reference)))
                        .as("the confirmation of %s went out once", reference)
                        .hasSize(1);
            }
            assertThat(restarted.log().lines().filter(line -> !line.isBlank()).toList())
                    .isNotEmpty()
                    .allSatisfy(GracefulShutdownIT::isEcsJson);
        }
    }

    private static void isEcsJson(String line) {
        try {
            JsonNode entry = JSON.readTree(line);
            boolean level = entry.has("log.level") || entry.path("log").has("level"); // flat or nested ECS
            assertThat(entry.has("@timestamp") && level && entry.has("message"))
                    .as(line)
                    .isTrue();
        } catch (IOException notJson) {
            throw new AssertionError("not one JSON object: " + line, notJson);
        }
    }

    private static Optional<String> referenceShown(Page phone, Duration wait) {
        Locator reference = phone.locator("#booking-reference");
        try {
            reference.waitFor(new Locator.WaitForOptions().setTimeout(wait.toMillis()));
        } catch (TimeoutError notBooked) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(reference.innerText());
        assertThat(matcher.find()).as(reference.innerText()).isTrue();
        return Optional.of(matcher.group(1));
    }

    private static void awaitBooked(Path data, String resident, long session) throws Exception {
        try (Connection c = new EmbeddedServerProbe(data).connectAsApp();
                var s = c.prepareStatement("""
                SELECT COUNT(*) FROM booking b JOIN person p ON p.id = b.person_id
                WHERE b.session_id = ? AND p.email = ?""")) {
            s.setLong(1, session);
            s.setString(2, resident);
            await().pollInterval(Duration.ofMillis(2))
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> {
                        try (var rows = s.executeQuery()) {
                            rows.next();
                            return rows.getLong(1) > 0;
                        }
                    });
        }
    }

    /** Sessions from tomorrow on with a seat for each resident, none of whom has a booking there yet. */
    private static List<Long> sessionsNoneOfThemBooked(Path data, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = new EmbeddedServerProbe(data).connectAsApp();
                var s = c.prepareStatement("""
                SELECT s.id FROM workshop_session s
                WHERE s.status = 'SCHEDULED' AND s.starts_at > UTC_TIMESTAMP() + INTERVAL 1 DAY
                  AND s.capacity - s.booked_seats >= ?
                  AND NOT EXISTS (SELECT 1 FROM booking b JOIN person p ON p.id = b.person_id
                                  WHERE b.session_id = s.id AND p.email IN (?, ?, ?))
                ORDER BY s.starts_at LIMIT ?""")) {
            s.setInt(1, RESIDENTS.size());
            for (int i = 0; i < RESIDENTS.size(); i++) {
                s.setString(i + 2, RESIDENTS.get(i));
            }
            s.setInt(RESIDENTS.size() + 2, count);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        assertThat(ids).as("the demo centre has free sessions ahead").hasSize(count);
        return ids;
    }

    private static TreeSet<String> bookedIn(EmbeddedServerProbe db, List<Long> sessions) throws Exception {
        TreeSet<String> references = new TreeSet<>();
        try (Connection c = db.connectAsApp();
                var rows = c.createStatement()
                        .executeQuery("SELECT reference FROM booking WHERE status = 'CONFIRMED' AND session_id IN ("
                                + String.join(
                                        ",",
                                        sessions.stream().map(String::valueOf).toList()) + ")")) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        }
        return references;
    }

    private static long unsentMailTo(EmbeddedServerProbe db) throws Exception {
        try (Connection c = db.connectAsApp();
                var rows = c.createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM outbox_mail WHERE status IN ('QUEUED', 'SENDING') AND recipient IN ('"
                                        + String.join("','", RESIDENTS) + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
