package kz.sheber.admin.bench;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import kz.sheber.admin.Dashboard;
import kz.sheber.admin.FigureFilter;
import kz.sheber.admin.FiguresService;
import kz.sheber.admin.PastCentre;
import kz.sheber.admin.Period;
import kz.sheber.admin.domain.CentreFigures;
import kz.sheber.admin.domain.Grouping;
import kz.sheber.admin.domain.SessionScope;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard over a busy year: 5,000 held sessions of 20 workshops in 2014, 60,000 bookings of 3,000 residents
 * (confirmed, cancelled late, waiting), attendance for most. Times {@link FiguresService#centre} (every query the
 * page makes: this period and the one before, headline figures, both tables, both charts' groupings) for the year,
 * a month, and the year filtered to one workshop. Not a test: its name keeps it out of {@code mvn test}; run it
 * with {@code ./mvnw -B -o test -Dtest=DashboardBenchmark} and read the log lines "Dashboard benchmark".
 */
@SheberTest
@Tag("benchmark")
class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final int SESSIONS = 5_000, BOOKINGS = 60_000, RESIDENTS = 3_000, WORKSHOPS = 20, RUNS = 15;
    private static final Period YEAR = new Period(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));

    @Autowired
    PastCentre past;

    @Autowired
    FiguresService figures;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CentreFigures centre;

    @Test
    void the_dashboard_over_a_year_of_five_thousand_sessions() {
        List<WorkshopDetails> workshops = new ArrayList<>();
        for (int i = 0; i < WORKSHOPS; i++) {
            workshops.add(past.workshop(i % 8));
        }
        long room = past.room();
        long seeding = System.nanoTime();
        seed(workshops, room);
        log.info(
                "Dashboard benchmark: seeded {} sessions and {} bookings in {} ms",
                SESSIONS,
                BOOKINGS,
                (System.nanoTime() - seeding) / 1_000_000);
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        eachQuery();
        time("year", () -> figures.centre(YEAR, FigureFilter.ALL));
        time(
                "month",
                () -> figures.centre(
                        new Period(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 30)), FigureFilter.ALL));
        time(
                "year, one workshop",
                () -> figures.centre(
                        YEAR, new FigureFilter(null, workshops.getFirst().id(), null, null)));
    }

    /** Where the time goes: each query of the year's page on its own. */
    private void eachQuery() {
        SessionScope year = new SessionScope(
                YEAR.from().atStartOfDay(ALMATY).toInstant(),
                YEAR.to().plusDays(1).atStartOfDay(ALMATY).toInstant(),
                ALMATY,
                FigureFilter.ALL);
        Instant now = Instant.now();
        queryTime("one pass, total and people", () -> centre.pass(year, now, Grouping.TOTAL));
        queryTime("one pass, every grouping and people", () -> centre.pass(year, now, Grouping.values()));
        queryTime("centre cancellations", () -> centre.centreCancellations(year));
    }

    private void queryTime(String what, Supplier<?> query) {
        query.get();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        log.info("Dashboard benchmark: query {}: median {} ms", what, ms[2]);
    }

    private void time(String what, Supplier<Dashboard> dashboard) {
        for (int i = 0; i < 3; i++) {
            dashboard.get(); // warm-up: JIT, pool, the database's buffer pool
        }
        long[] ms = new long[RUNS];
        Dashboard last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = dashboard.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        log.info(
                "Dashboard benchmark: {} ({} sessions, {} seats booked): median {} ms, slowest {} ms over {} runs",
                what,
                last.figures().tally().sessions(),
                last.figures().tally().seatsBooked(),
                ms[RUNS / 2],
                ms[RUNS - 1],
                RUNS);
    }

    /** Bulk inserts: residents, sessions spread over the year's days and hours, twelve bookings a session. */
    private void seed(List<WorkshopDetails> workshops, long room) {
        Random random = new Random(2014);
        Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM person", Long.class);
        List<Object[]> persons = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            persons.add(new Object[] {
                "Bench " + i,
                utc(LocalDateTime.of(2013, 1, 1, 0, 0).atZone(ALMATY).toInstant())
            });
        }
        jdbc.batchUpdate("INSERT INTO person (full_name, language, created_at) VALUES (?, 'kk', ?)", persons);
        List<Long> residents = jdbc.queryForList("SELECT id FROM person WHERE id > ? ORDER BY id", Long.class, before);
        Long firstSession = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM workshop_session", Long.class);
        List<Object[]> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            WorkshopDetails w = workshops.get(i % WORKSHOPS);
            LocalDateTime start = LocalDate.of(2014, 1, 1)
                    .plusDays(i * 365L / SESSIONS)
                    .atTime(9 + random.nextInt(11), random.nextBoolean() ? 0 : 30);
            LocalDateTime utcStart = utc(start.atZone(ALMATY).toInstant());
            sessions.add(new Object[] {
                w.id(),
                room,
                w.instructors().getFirst().id(),
                utcStart,
                utcStart.plusHours(2),
                16,
                i % 97 == 0 ? "CANCELLED" : "SCHEDULED"
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO workshop_session (workshop_id, room_id, instructor_id, starts_at, ends_at, capacity, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", sessions);
        List<Long> sessionIds =
                jdbc.queryForList("SELECT id FROM workshop_session WHERE id > ? ORDER BY id", Long.class, firstSession);
        List<Object[]> bookings = new ArrayList<>();
        int perSession = BOOKINGS / SESSIONS;
        for (int s = 0; s < sessionIds.size(); s++) {
            LocalDateTime start = (LocalDateTime) sessions.get(s)[3];
            int offset = random.nextInt(RESIDENTS);
            for (int b = 0; b < perSession; b++) {
                int kind = random.nextInt(20);
                String status = kind < 16 ? "CONFIRMED" : kind < 18 ? "WAITING" : "CANCELLED";
                LocalDateTime made = start.minusHours(6 + random.nextInt(400));
                // References only need to be unique: "1" and a number, which no real reference can be
                bookings.add(new Object[] {
                    "1" + Integer.toString(bookings.size(), 36).toUpperCase(),
                    sessionIds.get(s),
                    residents.get((offset + b * 7) % RESIDENTS),
                    1,
                    status,
                    b + 1,
                    made,
                    status.equals("WAITING") ? null : made,
                    status.equals("CANCELLED") ? made.plusHours(2) : null,
                    status.equals("CANCELLED") ? "RESIDENT" : null,
                    kind == 19
                });
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO booking (reference, session_id, person_id, seats, status, arrival, created_at,
                                     confirmed_at, cancelled_at, cancelled_by, late_cancel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", bookings);
        jdbc.update("""
                INSERT INTO attendance (booking_id, session_id, person_id, session_starts_at, status, seats_present,
                                        marked_at, marked_by)
                SELECT b.id, b.session_id, b.person_id, s.starts_at, IF(MOD(b.id, 9) = 0, 'NO_SHOW', 'PRESENT'),
                       IF(MOD(b.id, 9) = 0, 0, 1), s.starts_at, s.instructor_id
                FROM booking b JOIN workshop_session s ON s.id = b.session_id
                WHERE s.id > ? AND b.status = 'CONFIRMED' AND MOD(s.id, 10) <> 0""", firstSession);
    }
}
