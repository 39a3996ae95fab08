package kz.sheber.audit.bench;

import static kz.sheber.support.TestCatalogue.signIn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.audit.AuditFilter;
import kz.sheber.audit.AuditService;
import kz.sheber.base.Roles;
import kz.sheber.base.db.UtcColumns;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The centre-wide log's first page with 100,000 entries in the trail: unfiltered, by person, by action, by a day,
 * and its count. Not a pass/fail test; run it with {@code ./mvnw -B test -Dtest=AuditBenchmark} and read the log.
 */
@SheberTest
@Tag("benchmark")
class AuditBenchmark {

    private static final Logger log = LoggerFactory.getLogger(AuditBenchmark.class);
    private static final int ENTRIES = 100_000;
    private static final int PEOPLE = 2_000;
    private static final String[] ACTIONS = {
        "booking.booked",
        "booking.cancelled",
        "booking.seats_changed",
        "booking.promoted",
        "attendance.marked",
        "session.moved"
    };

    @Autowired
    AuditService audit;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void first_page_of_the_log_at_a_hundred_thousand_entries() {
        Instant now = clock.instant();
        seed(now);
        PersonDetails admin = people.create(Roles.ADMIN);
        signIn(admin);
        long someone = jdbc.sql("SELECT MIN(id) FROM person").query(Long.class).single() + 7;
        Instant day = now.minus(Duration.ofDays(40));
        List<String> lines = new ArrayList<>();
        lines.add(time("everything, first page", () -> audit.find(AuditFilter.everything(), 0, 50)));
        lines.add(time("everything, count", () -> audit.count(AuditFilter.everything())));
        lines.add(time("one person, first page", () -> audit.find(filter(null, null, someone, null), 0, 50)));
        lines.add(
                time("one action, first page", () -> audit.find(filter(null, null, null, "booking.cancelled"), 0, 50)));
        lines.add(time(
                "one day, first page", () -> audit.find(filter(day, day.plus(Duration.ofDays(1)), null, null), 0, 50)));
        lines.add(time("one day, count", () -> audit.count(filter(day, day.plus(Duration.ofDays(1)), null, null))));
        log.info(
                "\n\nAudit log with {} entries (median of 15 runs after 5 warm-ups):\n  {}\n",
                ENTRIES,
                String.join("\n  ", lines));
    }

    private static AuditFilter filter(Instant from, Instant to, Long person, String action) {
        return new AuditFilter(from, to, person, action, null, null, null);
    }

    private void seed(Instant now) {
        long firstPerson = jdbc.sql("SELECT COALESCE(MIN(id), 1) FROM person")
                .query(Long.class)
                .single();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            Instant at = now.minus(Duration.ofMinutes((long) i * 10));
            long person = firstPerson + (i % PEOPLE);
            values.append(values.isEmpty() ? "" : ",")
                    .append("('")
                    .append(UtcColumns.utc(at))
                    .append("',")
                    .append(person)
                    .append(",NULL,'ONLINE','")
                    .append(ACTIONS[i % ACTIONS.length])
                    .append("','BOOKING','B")
                    .append(i)
                    .append("',")
                    .append(person)
                    .append(",")
                    .append(i % 3000)
                    .append(",'[{\"field\":\"seats\",\"before\":null,\"after\":\"2\"}]')");
            if ((i + 1) % 5_000 == 0) {
                jdbc.sql("INSERT INTO audit_entry (at, actor_id, actor_job, channel, action, object_type, object_id,"
                                + " subject_id, session_id, changes) VALUES " + values)
                        .update();
                values.setLength(0);
            }
        }
        jdbc.sql("ANALYZE TABLE audit_entry").query(rs -> {});
    }

    private static String time(String what, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        long[] nanos = new long[15];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return String.format("%-24s %6.1f ms", what, nanos[nanos.length / 2] / 1e6);
    }
}
