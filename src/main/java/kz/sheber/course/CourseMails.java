package kz.sheber.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.CourseSeats;
import kz.sheber.course.domain.Enrolment;
import kz.sheber.notification.MailAttachment;
import kz.sheber.notification.MailOutbox;
import kz.sheber.notification.OutgoingMail;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.SessionCard;
import org.springframework.stereotype.Component;

/**
 * The course's mails, queued in the outbox in the transaction that changed the enrolment: one confirmation for
 * the whole course with a calendar file holding every date it booked (one event per date), a waiting-list
 * place, and leaving (the calendar file cancels every date). Single dates' changes reach participants through
 * their dates' bookings, as for any booking.
 */
@Component
class CourseMails {

    private final MailOutbox outbox;
    private final ResidentDirectory residents;
    private final CourseSeats seats;
    private final CentreTime time;
    private final SheberProperties settings;

    CourseMails(
            MailOutbox outbox,
            ResidentDirectory residents,
            CourseSeats seats,
            CentreTime time,
            SheberProperties settings) {
        this.outbox = outbox;
        this.residents = residents;
        this.seats = seats;
        this.time = time;
        this.settings = settings;
    }

    void enrolled(Enrolment enrolment, CourseSeries course, boolean promoted) {
        send(enrolment, course, "course-enrolled", Map.of("promoted", promoted ? "yes" : "no"), true);
    }

    void waiting(Enrolment enrolment, CourseSeries course, int place) {
        send(enrolment, course, "course-waiting", Map.of("place", place), false);
    }

    void left(Enrolment enrolment, CourseSeries course) {
        send(enrolment, course, "course-left", Map.of(), true);
    }

    /** The centre called off the rest of the course; the calendar file (for those who held seats) cancels every date. */
    void cancelled(Enrolment enrolment, CourseSeries course, String reason, boolean held) {
        send(enrolment, course, "course-cancelled", Map.of("reason", reason), held);
    }

    private void send(
            Enrolment enrolment, CourseSeries course, String template, Map<String, Object> extra, boolean invite) {
        ResidentContact contact = residents.contact(enrolment.getPersonId()).orElse(null);
        if (contact == null || contact.email() == null) {
            return;
        }
        Locale language = Languages.of(contact.language()).orElse(Languages.KAZAKH);
        List<SessionCard> dates = CourseRules.remaining(course, time.now());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("workshop", course.workshopTitle().in(language).text());
        values.put("seats", enrolment.getSeats());
        values.put("count", dates.size());
        values.put(
                "dates",
                String.join(
                        "\n",
                        dates.stream()
                                .map(d -> time.formatDateTime(d.startsAt(), language) + " – "
                                        + time.formatTime(d.endsAt(), language) + ", " + d.roomName())
                                .toList()));
        values.put("zone", time.zoneLabel());
        values.put("address", settings.centre().address().in(language));
        values.put("link", settings.link("course/" + course.seriesId()));
        values.putAll(extra);
        List<MailAttachment> files = invite ? List.of(seats.invite(enrolment.getId(), language)) : List.of();
        outbox.queue(new OutgoingMail(contact.email(), contact.fullName(), language, template, values, files));
    }
}
