package kz.sheber.schedule.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SeriesExpansion;
import kz.sheber.schedule.SeriesPlan;
import kz.sheber.schedule.SeriesRules;

/** A weekly series: chosen weekdays between two dates at a time of day, minus the skipped dates. */
class NewSeriesDialog extends SessionFormDialog {

    private final CheckboxGroup<DayOfWeek> weekdays;
    private final DatePicker first;
    private final DatePicker last;
    private final MultiSelectComboBox<LocalDate> skipped;

    NewSeriesDialog(
            PlanningService planning,
            CentreTime time,
            List<WorkshopDetails> workshops,
            List<RoomDetails> rooms,
            List<InstructorSummary> instructors,
            Runnable afterSave) {
        super(time, rooms, instructors);
        setHeaderTitle(getTranslation("schedule.series.new"));
        ComboBox<WorkshopDetails> workshop = workshopField(workshops);
        weekdays = field("weekdays", new CheckboxGroup<>(getTranslation("schedule.field.weekdays")));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        first = field("firstDate", LocalDatePickers.date(getTranslation("schedule.field.firstDate")));
        last = field("lastDate", LocalDatePickers.date(getTranslation("schedule.field.lastDate")));
        TimePicker startTime = field("startTime", LocalDatePickers.time(getTranslation("schedule.field.startTime")));
        skipped = new MultiSelectComboBox<>(getTranslation("schedule.field.skipped"));
        skipped.setId("skipped");
        skipped.setItemLabelGenerator(
                d -> time.formatDate(d.atStartOfDay(time.zone()).toInstant(), getLocale()));
        weekdays.addValueChangeListener(e -> offerSkippableDates());
        first.addValueChangeListener(e -> offerSkippableDates());
        last.addValueChangeListener(e -> offerSkippableDates());
        capacity.setHelperText(getTranslation("schedule.field.capacity.help"));
        CourseFields course = new CourseFields(null);
        field("enrolUntil", course.enrolUntilField());
        form.add(workshop, room, instructor, capacity, weekdays, first, last, startTime, skipped, course);
        form.setColspan(course, 2);
        form.setColspan(workshop, 2);
        form.setColspan(weekdays, 2);
        form.setColspan(skipped, 2);
        action(
                "action.save",
                "save",
                true,
                () -> planning.createSeries(new SeriesPlan(
                        id(workshop.getValue()),
                        id(room.getValue()),
                        id(instructor.getValue()),
                        capacity.getValue(),
                        Set.copyOf(weekdays.getValue()),
                        first.getValue(),
                        last.getValue(),
                        startTime.getValue(),
                        Set.copyOf(skipped.getValue()),
                        course.terms())),
                "schedule.series.created",
                afterSave);
    }

    /** The dates the series would have, so staff pick the ones to skip (holidays) instead of typing them. */
    private void offerSkippableDates() {
        LocalDate from = first.getValue();
        LocalDate to = last.getValue();
        boolean plannable = from != null && to != null && SeriesRules.withinAYear(from, to);
        List<LocalDate> dates = plannable ? SeriesExpansion.dates(weekdays.getValue(), from, to) : List.of();
        Set<LocalDate> kept = Set.copyOf(skipped.getValue());
        skipped.setItems(dates);
        skipped.setValue(dates.stream().filter(kept::contains).toList());
    }
}
