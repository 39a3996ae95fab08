package kz.sheber.course;

import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.SessionEdit;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The course's mails through real SMTP: one confirmation for all dates, a moved date, the course called off. */
@SheberTest
class CourseMailTest {

    @Autowired
    CourseService courses;

    @Autowired
    TestCourses testCourses;

    @Autowired
    TestSessions sessions;

    @Autowired
    PlanningService planning;

    @Autowired
    TestCatalogue catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void enrolling_sends_one_confirmation_whose_calendar_file_holds_one_event_per_date() throws Exception {
        CourseSeries course = testCourses.course(6, 4);
        PersonDetails dana = sessions.resident();
        signIn(dana);

        courses.enrol(course.seriesId(), 2, false);

        MimeMessage mail = TestMail.awaitMessagesTo(dana.email(), 1).getFirst();
        assertThat(mail.getSubject()).startsWith("Курсқа жазылдыңыз");
        Calendar calendar = calendar(mail);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()).distinct())
                .hasSize(4);
        assertThat(events.stream()
                        .map(e -> Instant.from(e.getDateTimeStart().getDate()))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        course.dates().stream().map(SessionCard::startsAt).toList());
        assertThat(events)
                .allSatisfy(e -> assertThat(e.getSequence().getSequenceNo()).isEqualTo(1));
    }

    @Test
    void moving_one_date_tells_the_participant_with_that_dates_event_and_a_higher_sequence() throws Exception {
        CourseSeries course = testCourses.course(6, 3);
        PersonDetails ivan = sessions.resident();
        signIn(ivan);
        courses.enrol(course.seriesId(), 1, false);
        VEvent before = eventAt(
                calendar(TestMail.awaitMessagesTo(ivan.email(), 1).getFirst()),
                course.dates().get(1).startsAt());

        SessionCard moved = course.dates().get(1);
        catalogue.signInAdmin();
        LocalDateTime start = LocalDateTime.ofInstant(moved.startsAt(), java.time.ZoneId.of("Asia/Almaty"))
                .plusHours(1);
        planning.editSession(new SessionEdit(
                moved.id(),
                moved.version(),
                start,
                start.plusHours(2),
                moved.roomId(),
                moved.instructorId(),
                moved.capacity()));

        MimeMessage changed = TestMail.awaitMessagesTo(ivan.email(), 2).get(1);
        List<VEvent> events = calendar(changed).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getUid()).isEqualTo(before.getUid());
        assertThat(events.getFirst().getSequence().getSequenceNo())
                .isGreaterThan(before.getSequence().getSequenceNo());
    }

    @Test
    void cancelling_the_rest_of_the_course_ends_every_enrolment_and_tells_each_participant_once() throws Exception {
        CourseSeries course = testCourses.course(6, 3);
        PersonDetails anna = sessions.resident();
        PersonDetails bolat = sessions.resident();
        signIn(anna);
        courses.enrol(course.seriesId(), 1, false);
        signIn(bolat);
        courses.enrol(course.seriesId(), 2, false);
        TestMail.awaitMessagesTo(anna.email(), 1);

        catalogue.signInAdmin();
        SessionCard first = course.dates().getFirst();
        assertThat(planning.cancelRestOfSeries(first.id(), first.version(), "Шебер ауырып қалды"))
                .isEqualTo(3);

        MimeMessage cancelled = TestMail.awaitMessagesTo(anna.email(), 2).get(1);
        assertThat(cancelled.getSubject()).startsWith("Курс болдырылмады");
        Calendar calendar = calendar(cancelled);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(3);
        // One mail for the course, none per date
        assertThat(TestMail.messagesTo(anna.email())).hasSize(2);
        signIn(anna);
        assertThat(courses.myEnrolments().getFirst().state()).isEqualTo(EnrolmentState.ENDED);
        signIn(bolat);
        assertThat(courses.myEnrolments().getFirst().state()).isEqualTo(EnrolmentState.ENDED);
        for (SessionCard date : course.dates()) {
            assertThat(sessions.bookedSeats(date.id())).isZero();
        }
    }

    private static VEvent eventAt(Calendar calendar, Instant start) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> Instant.from(e.getDateTimeStart().getDate()).equals(start))
                .findFirst()
                .orElseThrow();
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new CalendarBuilder().build(in);
                }
            }
        }
        throw new AssertionError("No calendar file in " + mail.getSubject());
    }
}
