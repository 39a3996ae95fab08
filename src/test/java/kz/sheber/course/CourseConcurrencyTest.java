package kz.sheber.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.InvalidInput;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.CourseTerms;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.Together;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many residents enrolling at once on real MariaDB, some of them booking single dates of the same course as
 * drop-ins at the same moment: no date is oversold, every enrolment holds all its dates or none, and every
 * date's total matches its booking rows.
 */
@SheberTest
class CourseConcurrencyTest {

    private static final int RESIDENTS = 200;
    private static final int CAPACITY = 10;
    private static final int DATES = 8;

    @Autowired
    CourseService courses;

    @Autowired
    BookingService bookings;

    @Autowired
    TestCourses testCourses;

    @Autowired
    TestSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_hundred_residents_racing_for_ten_course_seats_over_eight_dates_with_drop_ins_never_oversell_a_date()
            throws Exception {
        CourseSeries course = testCourses.course(CAPACITY, DATES, new CourseTerms(true, 2));
        List<PersonDetails> residents = sessions.residents(RESIDENTS);
        Queue failures = new Queue();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            PersonDetails resident = residents.get(i);
            int seats = 1 + i % 4;
            if (i % 5 == 4) {
                // Every fifth is a drop-in for one date, one or two seats
                long date = course.dates().get(i % DATES).id();
                int dropInSeats = 1 + i % 2;
                tasks.add(() -> as(
                        resident, failures, () -> bookings.book(BookingRequest.asItStands(date, dropInSeats, false))));
            } else {
                tasks.add(() -> as(resident, failures, () -> courses.enrol(course.seriesId(), seats, true)));
            }
        }
        Together.run(tasks, 64);

        assertThat(failures.unexpected)
                .as("only refusals a resident is shown, no errors")
                .isEmpty();
        assertEveryDateAndEnrolmentIsRight(course);
    }

    private void assertEveryDateAndEnrolmentIsRight(CourseSeries course) {
        record Active(long id, int seats) {}
        List<Active> active = jdbc.sql(
                        "SELECT id, seats FROM course_enrolment WHERE series_id = ? AND status = 'ACTIVE'")
                .param(course.seriesId())
                .query((rs, n) -> new Active(rs.getLong(1), rs.getInt(2)))
                .list();
        assertThat(active).isNotEmpty();
        assertThat(active.stream().mapToInt(Active::seats).sum()).isLessThanOrEqualTo(CAPACITY);
        for (Active enrolment : active) {
            Map<Long, Integer> held = jdbc
                    .sql("""
                            SELECT session_id, seats FROM booking
                            WHERE course_enrolment_id = ? AND status = 'CONFIRMED'""")
                    .param(enrolment.id())
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(held)
                    .as("enrolment " + enrolment.id() + " holds every date")
                    .hasSize(DATES)
                    .allSatisfy((date, seats) -> assertThat(seats).isEqualTo(enrolment.seats()));
        }
        int orphans =
                jdbc.sql("""
                        SELECT COUNT(*) FROM booking b JOIN course_enrolment e ON e.id = b.course_enrolment_id
                        WHERE e.series_id = ? AND e.status <> 'ACTIVE'""").param(course.seriesId()).query(Integer.class).single();
        assertThat(orphans).as("waiting enrolments hold no date").isZero();
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id()))
                    .as("date " + date.id())
                    .isLessThanOrEqualTo(CAPACITY)
                    .isEqualTo(sessions.confirmedSeats(date.id()));
        }
        // Whoever still waits could not fit in what the course and its fullest date have left
        int smallestWaiting =
                jdbc.sql("""
                        SELECT COALESCE(MIN(seats), 99) FROM course_enrolment WHERE series_id = ? AND status = 'WAITING'""").param(course.seriesId()).query(Integer.class).single();
        int fullest = course.dates().stream()
                .mapToInt(d -> sessions.bookedSeats(d.id()))
                .max()
                .orElseThrow();
        int left = Math.min(CAPACITY - active.stream().mapToInt(Active::seats).sum(), CAPACITY - fullest);
        assertThat(smallestWaiting).isGreaterThan(left);
    }

    /** Refusals a resident sees (full, not enough seats) are expected; anything else is a failure. */
    private static final class Queue {
        final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
    }

    private static void as(PersonDetails person, Queue failures, Runnable work) {
        try {
            TestCatalogue.signIn(person);
            work.run();
        } catch (InvalidInput refused) {
            // booking.full, booking.notEnoughSeats: the drop-in came too late
        } catch (RuntimeException e) {
            failures.unexpected.add(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
