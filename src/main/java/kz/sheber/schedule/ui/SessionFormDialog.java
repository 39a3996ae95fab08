package kz.sheber.schedule.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionConflict;
import org.jspecify.annotations.Nullable;

/** What the session dialogs share: room, instructor and capacity fields, and clashes shown beside their field. */
abstract class SessionFormDialog extends FormDialog {

    protected final CentreTime time;
    protected final ComboBox<RoomDetails> room;
    protected final ComboBox<InstructorSummary> instructor;
    protected final IntegerField capacity;

    SessionFormDialog(CentreTime time, List<RoomDetails> rooms, List<InstructorSummary> instructors) {
        this.time = time;
        // Wide enough for a room's whole name and size, and for day.month.year beside the time in one column
        setWidth("min(56rem, 100vw)");
        room = field("room", new ComboBox<>(getTranslation("schedule.field.room")));
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> getTranslation("schedule.room.label", r.name(), r.seats()));
        instructor = field("instructor", new ComboBox<>(getTranslation("schedule.field.instructor")));
        instructor.setItems(instructors);
        instructor.setItemLabelGenerator(InstructorSummary::fullName);
        capacity = field("capacity", new IntegerField(getTranslation("schedule.field.capacity")));
        capacity.setStepButtonsVisible(true);
    }

    protected ComboBox<WorkshopDetails> workshopField(List<WorkshopDetails> workshops) {
        ComboBox<WorkshopDetails> workshop =
                field("workshop", new ComboBox<>(getTranslation("schedule.field.workshop")));
        workshop.setItems(workshops);
        workshop.setItemLabelGenerator(w -> w.title().in(getLocale()).text());
        workshop.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().instructors().size() == 1 && instructor.isEmpty()) {
                instructor
                        .getListDataView()
                        .getItems()
                        .filter(i ->
                                i.id() == e.getValue().instructors().getFirst().id())
                        .findFirst()
                        .ifPresent(instructor::setValue);
            }
        });
        return workshop;
    }

    protected static @Nullable Long id(@Nullable WorkshopDetails workshop) {
        return workshop == null ? null : workshop.id();
    }

    protected static @Nullable Long id(@Nullable RoomDetails room) {
        return room == null ? null : room.id();
    }

    protected static @Nullable Long id(@Nullable InstructorSummary person) {
        return person == null ? null : person.id();
    }

    @Override
    protected boolean explain(RuntimeException problem) {
        if (problem instanceof SessionConflict clash) {
            String workshop = clash.workshop() == null
                    ? ""
                    : clash.workshop().in(getLocale()).text();
            String when = time.formatDateTime(clash.startsAt(), getLocale()) + "–"
                    + time.formatTime(clash.endsAt(), getLocale());
            showBeside(clash.field(), getTranslation(clash.messageKey(), clash.busyName(), workshop, when));
            return true;
        }
        return false;
    }
}
