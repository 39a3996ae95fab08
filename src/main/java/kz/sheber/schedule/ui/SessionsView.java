package kz.sheber.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import kz.sheber.account.InstructorDirectory;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.base.ui.NarrowScreens;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;

/** Staff's sessions between two dates (centre's zone), loaded page by page; a row opens its edit dialog. */
@Route("admin/sessions")
@RolesAllowed(Roles.ADMIN)
class SessionsView extends Main implements HasDynamicTitle {

    private final TimetableService schedule;
    private final PlanningService planning;
    private final Grid<SessionCard> grid = new Grid<>();
    private final DatePicker from = LocalDatePickers.date();
    private final DatePicker to = LocalDatePickers.date();
    private final Checkbox cancelled = new Checkbox();

    SessionsView(
            TimetableService schedule,
            PlanningService planning,
            CatalogueService catalogue,
            InstructorDirectory instructors,
            CentreTime time) {
        this.schedule = schedule;
        this.planning = planning;
        addClassName("sheber-page");
        from.setLabel(getTranslation("schedule.filter.from"));
        from.setId("from");
        from.setValue(time.nowInCentre().toLocalDate());
        to.setLabel(getTranslation("schedule.filter.to"));
        to.setId("to");
        to.setValue(from.getValue().plusWeeks(4));
        cancelled.setLabel(getTranslation("schedule.filter.cancelled"));
        cancelled.setValue(true);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        cancelled.addValueChangeListener(e -> refresh());
        Button newSession = new Button(
                getTranslation("schedule.session.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewSessionDialog(
                                planning,
                                time,
                                catalogue.workshops(),
                                catalogue.rooms(),
                                instructors.instructors(),
                                this::refresh)
                        .open());
        newSession.setId("new-session");
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button newSeries = new Button(
                getTranslation("schedule.series.new"),
                VaadinIcon.CALENDAR.create(),
                e -> new NewSeriesDialog(
                                planning,
                                time,
                                catalogue.workshops(),
                                catalogue.rooms(),
                                instructors.instructors(),
                                this::refresh)
                        .open());
        newSeries.setId("new-series");
        Toolbar toolbar = new Toolbar(from, to, cancelled, newSession, newSeries);

        // At 1280 px every column shows whole: a short day.month.year date, fixed widths for the short columns, and
        // long workshop, room and instructor names wrapping onto a second line instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        DateTimeFormatter day =
                DateTimeFormatter.ofPattern("dd.MM.yyyy", getLocale()).withZone(time.zone());
        // The day above the hours, so the column stays narrow enough to leave the workshop room on a phone
        grid.addColumn(s -> day.format(s.startsAt()) + " " + time.formatTime(s.startsAt(), getLocale()) + "–"
                        + time.formatTime(s.endsAt(), getLocale()))
                .setHeader(getTranslation("schedule.column.when"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(s -> s.workshopTitle().in(getLocale()).text())
                .setHeader(getTranslation("schedule.field.workshop"))
                .setFlexGrow(3);
        var room = grid.addColumn(SessionCard::roomName)
                .setHeader(getTranslation("schedule.field.room"))
                .setFlexGrow(2);
        var instructor = grid.addColumn(SessionCard::instructorName)
                .setHeader(getTranslation("schedule.field.instructor"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation("schedule.column.seatsValue", s.bookedSeats(), s.capacity()))
                .setHeader(getTranslation("schedule.column.seats"))
                .setWidth("7rem")
                .setFlexGrow(0);
        var status = grid.addColumn(this::status)
                .setHeader(getTranslation("schedule.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        NarrowScreens.hideOnPhones(this, room, instructor, status);
        grid.addItemClickListener(e -> {
            if (!e.getItem().cancelled()) {
                new EditSessionDialog(
                                planning,
                                time,
                                e.getItem(),
                                catalogue.rooms(),
                                instructors.instructors(),
                                this::refresh)
                        .open();
            }
        });
        grid.setHeight("70vh");
        add(new H1(getTranslation("schedule.sessions.title")), toolbar, grid);
        refresh();
    }

    private String status(SessionCard s) {
        if (s.cancelled()) {
            return getTranslation("schedule.status.cancelled");
        }
        if (s.seriesId() == null) {
            return getTranslation("schedule.status.oneOff");
        }
        return getTranslation(s.editedByHand() ? "schedule.status.seriesEdited" : "schedule.status.series");
    }

    private void refresh() {
        TimetableFilter filter =
                new TimetableFilter(null, null, from.getValue(), to.getValue(), false, null, cancelled.getValue());
        grid.setItems(
                query -> schedule.upcoming(filter, query.getOffset(), query.getLimit()).stream(),
                query -> schedule.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.sessions.title");
    }
}
