package kz.sheber.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.List;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.SessionEdit;

/** Change one session, or it and the rest of its series; or cancel it with a reason participants will read. */
class EditSessionDialog extends SessionFormDialog {

    private final DateTimePicker start;
    private final DateTimePicker end;

    EditSessionDialog(
            PlanningService planning,
            CentreTime time,
            SessionCard session,
            List<RoomDetails> rooms,
            List<InstructorSummary> instructors,
            Runnable afterSave) {
        super(time, rooms, instructors);
        setHeaderTitle(session.workshopTitle().in(getLocale()).text());
        start = field("start", LocalDatePickers.dateTime(getTranslation("schedule.field.start")));
        end = field("end", LocalDatePickers.dateTime(getTranslation("schedule.field.end")));
        start.setValue(LocalDateTime.ofInstant(session.startsAt(), time.zone()));
        end.setValue(LocalDateTime.ofInstant(session.endsAt(), time.zone()));
        rooms.stream().filter(r -> r.id() == session.roomId()).findFirst().ifPresent(room::setValue);
        instructors.stream()
                .filter(i -> i.id() == session.instructorId())
                .findFirst()
                .ifPresent(instructor::setValue);
        capacity.setValue(session.capacity());
        capacity.setHelperText(getTranslation("schedule.field.capacity.booked", session.bookedSeats()));
        TextArea reason = field("reason", new TextArea(getTranslation("schedule.field.cancelReason")));
        reason.setHelperText(getTranslation("schedule.field.cancelReason.help"));
        form.add(start, end, room, instructor, capacity);
        H3 cancelHeading = new H3(getTranslation("schedule.cancel.heading"));
        form.add(cancelHeading, 2);
        form.add(reason, 2);

        action(
                "schedule.action.cancelSession",
                "cancel-session",
                false,
                () -> planning.cancelSession(session.id(), session.version(), reason.getValue()),
                "schedule.session.cancelledNow",
                afterSave);
        if (session.seriesId() != null) {
            action(
                    "schedule.action.cancelRest",
                    "cancel-rest",
                    false,
                    () -> planning.cancelRestOfSeries(session.id(), session.version(), reason.getValue()),
                    "schedule.session.cancelledNow",
                    afterSave);
            planning.seriesOffer(session.seriesId()).ifPresent(offer -> {
                Button asCourse = new Button(
                        getTranslation(offer.course() == null ? "course.terms.make" : "course.terms.edit"),
                        e -> new CourseTermsDialog(planning, offer, () -> {
                                    close();
                                    afterSave.run();
                                })
                                .open());
                asCourse.setId("course-terms");
                getFooter().add(asCourse);
            });
            action(
                    "schedule.action.saveRest",
                    "save-rest",
                    false,
                    () -> planning.editRestOfSeries(edit(session)),
                    "schedule.session.saved",
                    afterSave);
        }
        action(
                "schedule.action.saveOne",
                "save",
                true,
                () -> planning.editSession(edit(session)),
                "schedule.session.saved",
                afterSave);
    }

    private SessionEdit edit(SessionCard session) {
        return new SessionEdit(
                session.id(),
                session.version(),
                start.getValue(),
                end.getValue(),
                id(room.getValue()),
                id(instructor.getValue()),
                capacity.getValue());
    }
}
