package kz.sheber.schedule.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.util.List;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.NewSession;
import kz.sheber.schedule.PlanningService;

/** A one-off session; times in the centre's zone. */
class NewSessionDialog extends SessionFormDialog {

    NewSessionDialog(
            PlanningService planning,
            CentreTime time,
            List<WorkshopDetails> workshops,
            List<RoomDetails> rooms,
            List<InstructorSummary> instructors,
            Runnable afterSave) {
        super(time, rooms, instructors);
        setHeaderTitle(getTranslation("schedule.session.new"));
        ComboBox<WorkshopDetails> workshop = workshopField(workshops);
        DateTimePicker start = field("start", LocalDatePickers.dateTime(getTranslation("schedule.field.start")));
        DateTimePicker end = field("end", LocalDatePickers.dateTime(getTranslation("schedule.field.end")));
        end.setHelperText(getTranslation("schedule.field.end.help"));
        capacity.setHelperText(getTranslation("schedule.field.capacity.help"));
        form.add(workshop, room, instructor, capacity, start, end);
        form.setColspan(workshop, 2);
        action(
                "action.save",
                "save",
                true,
                () -> planning.createSession(new NewSession(
                        id(workshop.getValue()),
                        id(room.getValue()),
                        id(instructor.getValue()),
                        start.getValue(),
                        end.getValue(),
                        capacity.getValue())),
                "schedule.session.created",
                afterSave);
    }
}
