package kz.sheber.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.CourseSeats;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's courses seed through the real rules: one running with dates behind it, one starting next week. */
@SheberTest
class DemoCoursesTest {

    @Autowired
    TimetableService schedule;

    @Autowired
    PlanningService planning;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Enrolments rules;

    @Autowired
    CourseSeats seats;

    @Autowired
    ResidentDirectory residents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CentreTime time;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestCourses courses;

    @Test
    void the_demo_has_a_running_course_and_one_starting_next_week_both_with_enrolments() {
        // At least two workshops and a room, whatever ran before in this database
        courses.course(4, 2);
        courses.course(4, 2);
        for (String email : List.of("dana@sheber.demo", "ivan@sheber.demo", "asel@sheber.demo")) {
            jdbc.sql("""
                    INSERT IGNORE INTO person (email, email_verified, full_name, language, created_at)
                    VALUES (?, TRUE, 'Demo', 'kk', UTC_TIMESTAMP(6))""").param(email).update();
        }
        long before =
                jdbc.sql("SELECT MAX(id) FROM session_series").query(Long.class).single();

        // As the demo seeding runs it: every part in one transaction
        transaction.executeWithoutResult(
                status -> new DemoCourses(schedule, planning, catalogue, rules, seats, residents, jdbc, time).seed());

        List<CourseSeries> seeded = jdbc
                .sql("SELECT id FROM session_series WHERE id > ? AND course ORDER BY id")
                .param(before)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> schedule.course(id).orElseThrow())
                .toList();
        assertThat(seeded).hasSize(2);
        CourseSeries running = seeded.get(0);
        CourseSeries next = seeded.get(1);
        java.time.Instant now = time.now();
        assertThat(running.dates()).hasSize(8);
        assertThat(running.dates().stream().filter(d -> d.startsAt().isBefore(now)))
                .hasSize(2);
        assertThat(next.dates().getFirst().startsAt()).isAfter(now.plus(java.time.Duration.ofDays(6)));
        assertThat(next.terms().dropIn()).isTrue();
        // In the demo centre's rooms everyone fits; this test database's first room may be smaller
        assertThat(live(running)).isEqualTo(5);
        assertThat(live(next)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM booking b JOIN course_enrolment e ON e.id = b.course_enrolment_id
                        WHERE e.series_id = ? AND b.missed_by_notice""").param(running.seriesId()).query(Integer.class).single())
                .isEqualTo(ivanIsIn(running) ? 1 : 0);
    }

    private int live(CourseSeries course) {
        return jdbc.sql("SELECT COUNT(*) FROM course_enrolment WHERE series_id = ? AND status IN ('ACTIVE', 'WAITING')")
                .param(course.seriesId())
                .query(Integer.class)
                .single();
    }

    /** Ivan (two seats) is in the course unless this database's first room is too small for him. */
    private boolean ivanIsIn(CourseSeries course) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM course_enrolment e JOIN person p ON p.id = e.person_id
                        WHERE e.series_id = ? AND p.email = 'ivan@sheber.demo' AND e.status = 'ACTIVE'""").param(course.seriesId()).query(Integer.class).single() == 1;
    }
}
