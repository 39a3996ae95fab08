package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestDatabase;
import kz.sheber.support.TestPeople;
import kz.sheber.support.TestTimetable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the numbers in docs/PERFORMANCE.md (issue 17). The packaged jar on the test database; residents
 * each signed in in a browser context of their own (phone size) open the same session, which has fewer seats than
 * there are of them, and press Book within the same millisecond or so; those turned away then press Join the
 * waiting list together. Reports the server's time per round trip (the jar's {@code sheber_vaadin_uidl} histogram),
 * click to answer on screen, errors, oversold seats, whether the waiting places follow the order of arrival, and
 * the jar's CPU per attempt. Run:
 * {@code ./mvnw -B -Pproduction package -DskipTests && ./mvnw -B test -Dtest=BookingRushBenchmark}
 * ({@code -Dsheber.rush.pages=30 -Dsheber.rush.seats=20 -Dsheber.rush.rounds=3 -Dsheber.rush.warmup=2}).
 */
@SheberTest
class BookingRushBenchmark {

    private static final int PAGES = Integer.getInteger("sheber.rush.pages", 30);
    private static final int SEATS = Integer.getInteger("sheber.rush.seats", 20);
    private static final int ROUNDS = Integer.getInteger("sheber.rush.rounds", 3);
    private static final int WARMUP = Integer.getInteger("sheber.rush.warmup", 2);
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    @Autowired
    TestPeople people;

    @Autowired
    TestTimetable timetable;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_rush_through_the_real_ui() throws Exception {
        Map<String, Long> residents = new LinkedHashMap<>();
        for (int i = 0; i < PAGES; i++) {
            long id = people.create(Roles.RESIDENT, "Rush resident " + i, "en", true)
                    .personId();
            residents.put(
                    jdbc.sql("SELECT email FROM person WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single(),
                    id);
        }
        WorkshopDetails workshop = timetable.workshop("Rush", timetable.craftId(0), Level.BEGINNER, null, true);
        List<SessionCard> sessions = new ArrayList<>();
        for (int round = 0; round < WARMUP + ROUNDS; round++) {
            sessions.add(timetable.session(workshop, 2 + round, SEATS));
        }

        try (RunningApp app = RunningApp.start(
                        "--spring.datasource.url=" + TestDatabase.url(),
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password());
                Chromium chromium = new Chromium()) {
            AtomicInteger serverErrors = new AtomicInteger();
            List<Page> pages = new ArrayList<>();
            for (Map.Entry<String, Long> resident : residents.entrySet()) {
                Page page = chromium.newPage("en", Chromium.PHONE);
                page.onResponse(response -> {
                    if (response.status() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                });
                Journey.signIn(page, app, resident.getKey(), TestPeople.PASSWORD);
                personOf.put(page, resident.getValue());
                pages.add(page);
            }
            // What the jar spends doing nothing (the outbox worker's polling, timers), taken off each phase
            long idleFrom = cpuMillis(app), idleStarted = System.nanoTime();
            Thread.sleep(5_000);
            idleCpuPerNano = (double) (cpuMillis(app) - idleFrom) / (System.nanoTime() - idleStarted);
            Totals measured = new Totals();
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                boolean warmUp = round < WARMUP;
                Totals totals = rush(app, pages, sessions.get(round));
                System.out.printf("BENCH %s round %d: %s%n", warmUp ? "warm-up" : "measured", round + 1, totals);
                if (!warmUp) {
                    measured.add(totals);
                }
            }
            System.out.printf(
                    "BENCH rush, %d pages on a session of %d seats, %d measured rounds: %s; HTTP 5xx %d%n",
                    PAGES, SEATS, ROUNDS, measured, serverErrors.get());
            System.out.println("BENCH server time per Book round trip (ms): " + measured.bookServer.summary());
            System.out.println("BENCH server time per Join round trip (ms): " + measured.joinServer.summary());
            System.out.println("BENCH click to answer on screen, Book (ms): " + percentiles(measured.bookScreen));
            System.out.println("BENCH click to answer on screen, Join (ms): " + percentiles(measured.joinScreen));
            System.out.printf(
                    "BENCH jar CPU per attempt through the UI: %.2f ms (%d attempts, %.0f ms CPU, idle"
                            + " CPU subtracted)%n",
                    measured.cpuMillis / measured.attempts, measured.attempts, measured.cpuMillis);
        }
    }

    /** One session: everyone presses Book at once, then everyone turned away presses Join at once. */
    private Totals rush(RunningApp app, List<Page> pages, SessionCard session) throws Exception {
        // All pages load at once (as in a rush), then each is waited for
        for (Page page : pages) {
            page.navigate(
                    app.url("session/" + session.id()),
                    new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
        }
        for (Page page : pages) {
            page.locator("#booking-book").waitFor();
            Chromium.awaitVaadin(page);
        }
        Totals totals = new Totals();
        Phase book = phase(app, pages, "#booking-book");
        totals.bookServer = book.server;
        totals.bookScreen.addAll(book.screen.values());
        List<Page> turnedAway = new ArrayList<>();
        book.answers.forEach((page, answer) -> {
            if (answer.startsWith("Booked.")) {
                totals.booked++;
            } else if (answer.startsWith("The class is full.")) {
                turnedAway.add(page);
            } else {
                System.out.println("BENCH unexpected answer to Book: " + answer);
                totals.errors++;
            }
        });
        for (Page page : turnedAway) {
            page.locator("#booking-join").waitFor();
        }
        Phase join = phase(app, turnedAway, "#booking-join");
        totals.joinServer = join.server;
        totals.joinScreen.addAll(join.screen.values());
        Map<Long, Integer> shownPlaces = new LinkedHashMap<>();
        join.answers.forEach((page, answer) -> {
            Matcher place = NUMBER.matcher(answer);
            if (answer.startsWith("You are on the waiting list") && place.find()) {
                totals.waiting++;
                shownPlaces.put(personOf(page), Integer.parseInt(place.group(1)));
            } else {
                System.out.println("BENCH unexpected answer to Join: " + answer);
                totals.errors++;
            }
        });
        totals.attempts = book.answers.size() + join.answers.size();
        totals.cpuMillis = book.cpuMillis + join.cpuMillis;
        totals.turnedAway = turnedAway.size();
        check(session, shownPlaces, totals);
        return totals;
    }

    /** What the database holds for the session, against what the pages said. */
    private void check(SessionCard session, Map<Long, Integer> shownPlaces, Totals totals) {
        int bookedSeats = jdbc.sql("SELECT booked_seats FROM workshop_session WHERE id = ?")
                .param(session.id())
                .query(Integer.class)
                .single();
        int confirmedSeats = jdbc.sql("SELECT COALESCE(SUM(seats), 0) FROM booking WHERE session_id = ?"
                        + " AND status = 'CONFIRMED'")
                .param(session.id())
                .query(Integer.class)
                .single();
        totals.oversold += Math.max(0, bookedSeats - SEATS) + Math.abs(bookedSeats - confirmedSeats);
        // The waiting list in arrival order (given out under the session's row lock) must be what the pages said
        List<Long> waitingByArrival = jdbc.sql("SELECT person_id FROM booking WHERE session_id = ? AND status ="
                        + " 'WAITING' ORDER BY arrival")
                .param(session.id())
                .query(Long.class)
                .list();
        for (int i = 0; i < waitingByArrival.size(); i++) {
            Integer shown = shownPlaces.get(waitingByArrival.get(i));
            if (shown == null || shown != i + 1) {
                totals.misplaced++;
            }
        }
        Integer lastConfirmed = jdbc.sql(
                        "SELECT MAX(arrival) FROM booking WHERE session_id = ? AND status =" + " 'CONFIRMED'")
                .param(session.id())
                .query(Integer.class)
                .single();
        Integer firstWaiting = jdbc.sql(
                        "SELECT MIN(arrival) FROM booking WHERE session_id = ? AND status =" + " 'WAITING'")
                .param(session.id())
                .query(Integer.class)
                .single();
        if (lastConfirmed != null && firstWaiting != null && firstWaiting < lastConfirmed) {
            totals.misplaced++;
        }
        if (waitingByArrival.size() != shownPlaces.size() || bookedSeats != Math.min(SEATS, PAGES)) {
            totals.misplaced++;
        }
    }

    private long personOf(Page page) {
        return personOf.get(page);
    }

    private final Map<Page, Long> personOf = new java.util.IdentityHashMap<>();

    /** Arms every page to press the button at the same wall-clock moment, and waits for every answer. */
    private Phase phase(RunningApp app, List<Page> pages, String button) throws Exception {
        Phase phase = new Phase();
        if (pages.isEmpty()) {
            phase.server = new Histogram(new TreeMap<>(), new TreeMap<>());
            return phase;
        }
        long at = System.currentTimeMillis() + 1_500;
        for (Page page : pages) {
            page.evaluate(
                    "([button, at]) => {"
                            + "  const rush = window.sheberRush = {};"
                            + "  const message = document.querySelector('#booking-message');"
                            + "  new MutationObserver(() => {"
                            + "    if (rush.answered || !message.textContent) return;"
                            + "    rush.answered = performance.now();"
                            + "    requestAnimationFrame(() => { rush.painted = performance.now();"
                            + "      rush.text = message.textContent; });"
                            + "  }).observe(message, {childList: true, characterData: true, subtree: true});"
                            + "  setTimeout(() => { rush.clicked = performance.now();"
                            + "    document.querySelector(button).click(); }, at - Date.now());"
                            + "}",
                    List.of(button, (double) at));
        }
        Thread.sleep(Math.max(0, at - System.currentTimeMillis() - 300));
        Map<String, Double> before = histogram(app);
        long cpuBefore = cpuMillis(app);
        long started = System.nanoTime();
        long deadline = started + 60_000_000_000L;
        List<Page> waiting = new ArrayList<>(pages);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Page page = waiting.getFirst();
            Object painted = page.evaluate("() => window.sheberRush.painted && window.sheberRush.text");
            if (painted instanceof String text) {
                phase.answers.put(page, text);
                phase.screen.put(
                        page,
                        ((Number) page.evaluate("() => window.sheberRush.painted - window.sheberRush.clicked"))
                                .doubleValue());
                waiting.removeFirst();
            } else {
                Thread.sleep(20);
            }
        }
        for (Page unanswered : waiting) {
            phase.answers.put(unanswered, "(no answer within 60 s)");
        }
        long elapsed = System.nanoTime() - started;
        // Let the last responses finish on the server, then count what this phase cost
        Thread.sleep(200);
        long cpuAfter = cpuMillis(app);
        Map<String, Double> after = histogram(app);
        phase.cpuMillis = cpuAfter - cpuBefore - idleCpuPerNano * (elapsed + 200_000_000L);
        phase.server = new Histogram(before, after);
        return phase;
    }

    private double idleCpuPerNano;

    private static long cpuMillis(RunningApp app) throws IOException {
        // utime + stime of the jar, in clock ticks of 10 ms (USER_HZ on Linux)
        String stat =
                Files.readString(Path.of("/proc", String.valueOf(app.process().pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** The jar's sheber_vaadin_uidl_seconds_bucket lines: upper bound in seconds to cumulative count. */
    private static Map<String, Double> histogram(RunningApp app) throws Exception {
        String text = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.managementUrl("actuator/prometheus")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Double> buckets = new LinkedHashMap<>();
        Pattern line =
                Pattern.compile("^sheber_vaadin_uidl_seconds_bucket\\{.*le=\"([^\"]+)\".*} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            buckets.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        assertThat(buckets).as("the jar publishes sheber_vaadin_uidl").isNotEmpty();
        return buckets;
    }

    private static String percentiles(List<Double> millis) {
        if (millis.isEmpty()) {
            return "none";
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                "p50 %.0f, p95 %.0f, max %.0f (n=%d)",
                sorted[(sorted.length - 1) / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1],
                sorted.length);
    }

    /** The requests one phase added to the server's histogram. */
    static final class Histogram {
        final TreeMap<Double, Double> cumulative = new TreeMap<>();

        Histogram(Map<String, Double> before, Map<String, Double> after) {
            after.forEach((le, count) -> {
                double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                cumulative.put(bound, count - before.getOrDefault(le, 0.0));
            });
        }

        Histogram(List<Histogram> parts) {
            for (Histogram part : parts) {
                part.cumulative.forEach((bound, count) -> cumulative.merge(bound, count, Double::sum));
            }
        }

        double count() {
            return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
        }

        /** Linear within the bucket, as Prometheus' histogram_quantile does. */
        double quantileMillis(double q) {
            double rank = q * count();
            double lower = 0, below = 0;
            for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
                if (bucket.getValue() >= rank) {
                    if (bucket.getKey().isInfinite()) {
                        return lower * 1000;
                    }
                    double inBucket = bucket.getValue() - below;
                    double fraction = inBucket == 0 ? 1 : (rank - below) / inBucket;
                    return (lower + (bucket.getKey() - lower) * fraction) * 1000;
                }
                lower = bucket.getKey();
                below = bucket.getValue();
            }
            return Double.NaN;
        }

        String summary() {
            return String.format(
                    "p50 %.1f, p95 %.1f (%.0f round trips)", quantileMillis(0.5), quantileMillis(0.95), count());
        }
    }

    private static final class Phase {
        final Map<Page, String> answers = new LinkedHashMap<>();
        final Map<Page, Double> screen = new LinkedHashMap<>();
        Histogram server;
        double cpuMillis;
    }

    private static final class Totals {
        int booked, waiting, turnedAway, errors, oversold, misplaced, attempts;
        double cpuMillis;
        Histogram bookServer = new Histogram(List.of()), joinServer = new Histogram(List.of());
        final List<Double> bookScreen = new ArrayList<>(), joinScreen = new ArrayList<>();

        void add(Totals round) {
            booked += round.booked;
            waiting += round.waiting;
            turnedAway += round.turnedAway;
            errors += round.errors;
            oversold += round.oversold;
            misplaced += round.misplaced;
            attempts += round.attempts;
            cpuMillis += round.cpuMillis;
            bookServer = new Histogram(List.of(bookServer, round.bookServer));
            joinServer = new Histogram(List.of(joinServer, round.joinServer));
            bookScreen.addAll(round.bookScreen);
            joinScreen.addAll(round.joinScreen);
        }

        @Override
        public String toString() {
            return String.format(
                    "booked %d, turned away %d then waiting %d, errors %d, oversold %d, waiting places"
                            + " out of arrival order %d, server Book %s, on screen Book %s",
                    booked,
                    turnedAway,
                    waiting,
                    errors,
                    oversold,
                    misplaced,
                    bookServer.summary(),
                    percentiles(bookScreen));
        }
    }
}
