package kz.sheber.course;

import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Actor;
import kz.sheber.base.InvalidInput;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.TestSessions;
import kz.sheber.course.CourseDateState.Status;
import kz.sheber.privacy.erasure.ErasureService;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.CourseTerms;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@SheberTest
class CourseServiceTest {

    @Autowired
    private Enrolments enrolmentRules;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    CourseService courses;

    @Autowired
    ErasureService erasure;

    @Autowired
    BookingService bookings;

    @Autowired
    TestCourses testCourses;

    @Autowired
    TestSessions sessions;

    @Autowired
    kz.sheber.schedule.PlanningService planning;

    @Autowired
    kz.sheber.roster.RosterService rosters;

    @Autowired
    kz.sheber.support.TestCatalogue catalogue;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void enrolling_takes_the_seats_on_every_date_of_the_course_at_once() {
        CourseSeries course = testCourses.course(6, 4);
        signIn(sessions.resident());

        MyEnrolment mine = courses.enrol(course.seriesId(), 2, false);

        assertThat(mine.state()).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(mine.dates()).hasSize(4).allMatch(d -> d.status() == Status.HELD);
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isEqualTo(2).isEqualTo(sessions.confirmedSeats(date.id()));
        }
        assertThat(courses.offer(course.seriesId()).orElseThrow().seatsLeft()).isEqualTo(4);
    }

    @Test
    void a_full_course_puts_the_next_on_its_waiting_list_and_a_leave_promotes_the_first_group_that_fits() {
        CourseSeries course = testCourses.course(3, 3);
        PersonDetails anna = sessions.resident();
        PersonDetails bolat = sessions.resident();
        PersonDetails big = sessions.resident();
        PersonDetails small = sessions.resident();
        signIn(anna);
        MyEnrolment annas = courses.enrol(course.seriesId(), 2, false);
        signIn(bolat);
        courses.enrol(course.seriesId(), 1, false);
        signIn(big);
        assertThatThrownBy(() -> courses.enrol(course.seriesId(), 3, false))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("seats", "course.full"));
        MyEnrolment bigWaits = courses.enrol(course.seriesId(), 3, true);
        signIn(small);
        MyEnrolment smallWaits = courses.enrol(course.seriesId(), 2, true);
        assertThat(bigWaits.state()).isEqualTo(EnrolmentState.WAITING);
        assertThat(bigWaits.placeInLine()).isEqualTo(1);
        assertThat(smallWaits.placeInLine()).isEqualTo(2);

        signIn(anna);
        courses.leave(annas.enrolmentId());

        // Two seats came free: the group of three still does not fit, the group of two behind it does
        signIn(small);
        assertThat(courses.myEnrolments().getFirst().state()).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(courses.myEnrolments().getFirst().dates()).allMatch(d -> d.status() == Status.HELD);
        signIn(big);
        assertThat(courses.myEnrolments().getFirst().state()).isEqualTo(EnrolmentState.WAITING);
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isEqualTo(3).isEqualTo(sessions.confirmedSeats(date.id()));
        }
    }

    @Test
    void erasing_an_enrolled_resident_gives_their_course_seats_to_the_courses_waiting_list() {
        CourseSeries course = testCourses.course(2, 3);
        PersonDetails leaving = sessions.resident();
        PersonDetails waiting = sessions.resident();
        signIn(leaving);
        courses.enrol(course.seriesId(), 2, false);
        signIn(waiting);
        assertThat(courses.enrol(course.seriesId(), 1, true).state()).isEqualTo(EnrolmentState.WAITING);

        catalogue.signInAdmin();
        erasure.eraseByStaff(leaving.personId(), "Asked at the desk");

        signIn(waiting);
        assertThat(courses.myEnrolments().getFirst().state()).isEqualTo(EnrolmentState.ACTIVE);
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isEqualTo(1).isEqualTo(sessions.confirmedSeats(date.id()));
        }
    }

    @Test
    void i_will_miss_this_one_frees_that_date_only_and_the_course_place_stays() {
        CourseSeries course = testCourses.course(2, 4, new CourseTerms(true, 2));
        PersonDetails anna = sessions.resident();
        signIn(anna);
        MyEnrolment mine = courses.enrol(course.seriesId(), 2, false);
        SessionCard third = course.dates().get(2);
        PersonDetails dropIn = sessions.resident();
        signIn(dropIn);
        assertThat(bookings.book(BookingRequest.asItStands(third.id(), 1, true)).state())
                .isEqualTo(BookingState.WAITING);

        signIn(anna);
        MyEnrolment after = courses.miss(mine.enrolmentId(), third.id());

        assertThat(after.state()).isEqualTo(EnrolmentState.ACTIVE);
        assertThat(after.dates().stream().map(CourseDateState::status).toList())
                .containsExactly(Status.HELD, Status.HELD, Status.MISSED, Status.HELD);
        // The freed seats went to the date's waiting list of drop-ins at once
        signIn(dropIn);
        assertThat(bookings.myBookings().getFirst().state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(sessions.bookedSeats(third.id())).isEqualTo(1).isEqualTo(sessions.confirmedSeats(third.id()));
        for (int i : new int[] {0, 1, 3}) {
            assertThat(sessions.bookedSeats(course.dates().get(i).id())).isEqualTo(2);
        }
        signIn(anna);
        assertThatThrownBy(() -> courses.miss(mine.enrolmentId(), third.id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("course.dateNotHeld"));
    }

    @Test
    void a_course_without_drop_ins_refuses_single_date_bookings() {
        CourseSeries course = testCourses.course(5, 2);
        signIn(sessions.resident());
        long date = course.dates().getFirst().id();

        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(date, 1, true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.courseOnly"));
        assertThat(sessions.bookedSeats(date)).isZero();
    }

    @Test
    void late_enrolment_after_the_first_date_took_place_books_only_the_remaining_dates() {
        CourseSeries course = testCourses.course(4, 4, new CourseTerms(false, 3));
        sessions.moveStart(course.dates().getFirst().id(), Duration.ofDays(-1));
        signIn(sessions.resident());

        MyEnrolment mine = courses.enrol(course.seriesId(), 1, false);

        assertThat(mine.dates().stream().map(CourseDateState::status).toList())
                .containsExactly(Status.NOT_BOOKED, Status.HELD, Status.HELD, Status.HELD);
        assertThat(sessions.bookedSeats(course.dates().getFirst().id())).isZero();
    }

    @Test
    void enrolment_closes_when_the_chosen_date_starts() {
        CourseSeries course = testCourses.course(4, 3);
        sessions.moveStart(course.dates().get(0).id(), Duration.ofDays(-2));
        sessions.moveStart(course.dates().get(1).id(), Duration.ofDays(-1));
        signIn(sessions.resident());

        assertThatThrownBy(() -> courses.enrol(course.seriesId(), 1, true))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("course.closed"));
    }

    @Test
    void leaving_frees_every_remaining_date_and_a_second_enrolment_is_refused() {
        CourseSeries course = testCourses.course(4, 3);
        signIn(sessions.resident());
        MyEnrolment mine = courses.enrol(course.seriesId(), 1, false);
        assertThatThrownBy(() -> courses.enrol(course.seriesId(), 1, false))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("course.already"));

        MyEnrolment left = courses.leave(mine.enrolmentId());

        assertThat(left.state()).isEqualTo(EnrolmentState.LEFT);
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isZero();
        }
    }

    @Test
    void a_resident_cannot_act_on_another_residents_enrolment_nor_read_the_register() {
        CourseSeries course = testCourses.course(4, 2);
        PersonDetails anna = sessions.resident();
        signIn(anna);
        MyEnrolment mine = courses.enrol(course.seriesId(), 1, false);
        PersonDetails other = sessions.resident();
        signIn(other);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> enrolmentRules.enrol(
                        anna.personId(), course.seriesId(), 1, true, new Actor.Resident(other.personId()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> courses.leave(mine.enrolmentId()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("course.notEnrolled"));
        assertThatThrownBy(() -> courses.miss(
                        mine.enrolmentId(), course.dates().getLast().id()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("course.notEnrolled"));
        assertThatThrownBy(() -> courses.leaveAllOf(anna.personId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.leaveAtDesk(mine.enrolmentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.register(course.seriesId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> courses.enrolAtDesk(1, course.seriesId(), 1, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.bookedSeats(course.dates().getFirst().id())).isEqualTo(1);
        assertThat(sessions.bookedSeats(course.dates().getLast().id())).isEqualTo(1);
    }

    @Test
    void a_resident_with_a_course_date_cannot_cancel_that_date_as_a_single_booking() {
        CourseSeries course = testCourses.course(4, 2);
        signIn(sessions.resident());
        courses.enrol(course.seriesId(), 1, false);
        long booking = bookings.myBookings().getFirst().id();

        assertThatThrownBy(() -> bookings.cancel(booking))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.partOfCourse"));
        assertThat(List.of(sessions.bookedSeats(course.dates().getFirst().id())))
                .containsExactly(1);
    }

    @Test
    void the_register_shows_each_participant_present_absent_or_missed_by_notice_against_every_date() {
        CourseSeries course = testCourses.course(4, 3);
        PersonDetails anna = sessions.resident();
        PersonDetails bolat = sessions.resident();
        signIn(anna);
        MyEnrolment annas = courses.enrol(course.seriesId(), 1, false);
        courses.miss(annas.enrolmentId(), course.dates().get(1).id());
        signIn(bolat);
        MyEnrolment bolats = courses.enrol(course.seriesId(), 2, false);
        SessionCard first = course.dates().getFirst();
        sessions.moveStart(first.id(), Duration.ofMinutes(-10));
        signIn(new PersonDetails(course.instructorId(), "", "", true, List.of(kz.sheber.base.Roles.INSTRUCTOR)));
        for (kz.sheber.roster.Participant p : rosters.roster(first.id()).participants()) {
            if (p.personId() == anna.personId()) {
                rosters.markPresent(first.id(), p.bookingId(), 1);
            } else {
                rosters.markNoShow(first.id(), p.bookingId());
            }
        }

        CourseRegister register = courses.register(course.seriesId());

        assertThat(register.dates()).hasSize(3);
        CourseRegister.Row annaRow = register.rows().stream()
                .filter(r -> r.enrolmentId() == annas.enrolmentId())
                .findFirst()
                .orElseThrow();
        CourseRegister.Row bolatRow = register.rows().stream()
                .filter(r -> r.enrolmentId() == bolats.enrolmentId())
                .findFirst()
                .orElseThrow();
        assertThat(annaRow.cells())
                .containsExactly(CourseRegister.Cell.PRESENT, CourseRegister.Cell.MISSED, CourseRegister.Cell.BOOKED);
        assertThat(bolatRow.cells())
                .containsExactly(CourseRegister.Cell.ABSENT, CourseRegister.Cell.BOOKED, CourseRegister.Cell.BOOKED);
        assertThat(rosters.roster(first.id()).participants()).allMatch(kz.sheber.roster.Participant::inCourse);
        // A resident never reads a course's register
        signIn(sessions.residents(1).getFirst());
        assertThatThrownBy(() -> courses.register(course.seriesId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_enrol_a_resident_at_the_desk_and_each_step_is_in_the_audit_trail() {
        CourseSeries course = testCourses.course(4, 2);
        PersonDetails resident = sessions.resident();
        catalogue.signInAdmin();

        MyEnrolment enrolled = courses.enrolAtDesk(resident.personId(), course.seriesId(), 2, false);
        courses.missAtDesk(enrolled.enrolmentId(), course.dates().getFirst().id());
        courses.leaveAtDesk(enrolled.enrolmentId());

        List<String> trail = jdbc.sql("""
                        SELECT CONCAT(action, ' ', channel) FROM audit_entry
                        WHERE object_type = 'SERIES' AND object_id = ? AND subject_id = ? ORDER BY id""")
                .params(String.valueOf(course.seriesId()), resident.personId())
                .query(String.class)
                .list();
        assertThat(trail).containsExactly("course.enrolled DESK", "course.missed_date DESK", "course.left DESK");
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isZero();
        }
    }

    @Test
    void raising_the_series_capacity_moves_the_course_waiting_list_up() {
        CourseSeries course = testCourses.course(1, 3);
        signIn(sessions.resident());
        courses.enrol(course.seriesId(), 1, false);
        PersonDetails waiting = sessions.resident();
        signIn(waiting);
        assertThat(courses.enrol(course.seriesId(), 1, true).state()).isEqualTo(EnrolmentState.WAITING);

        catalogue.signInAdmin();
        SessionCard first = course.dates().getFirst();
        java.time.LocalDateTime start =
                java.time.LocalDateTime.ofInstant(first.startsAt(), java.time.ZoneId.of("Asia/Almaty"));
        planning.editRestOfSeries(new kz.sheber.schedule.SessionEdit(
                first.id(), first.version(), start, start.plusHours(2), first.roomId(), first.instructorId(), 2));

        signIn(waiting);
        assertThat(courses.myEnrolments().getFirst().state()).isEqualTo(EnrolmentState.ACTIVE);
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isEqualTo(2).isEqualTo(sessions.confirmedSeats(date.id()));
        }
    }
}
