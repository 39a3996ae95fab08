package kz.sheber.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.base.ui.StaffStartSummary;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.roster.RosterService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Staff's way into any roster: the day's classes (today unless the address names a day), each with its seats and
 * waiting list and a link to its roster. The day stays in the address, so a link or a reload shows the same day.
 * Above them, what other features sum up for staff (the week's figures).
 */
@Route(RostersView.ROUTE)
@RolesAllowed(Roles.ADMIN)
class RostersView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/rosters";

    private final RosterService rosters;
    private final CentreTime time;
    private final DatePicker day = LocalDatePickers.date();
    private final Paragraph notice = new Paragraph();
    private final Div list = new Div();
    private LocalDate shown;

    RostersView(RosterService rosters, CentreTime time, ObjectProvider<StaffStartSummary> summaries) {
        this.rosters = rosters;
        this.time = time;
        addClassName("sheber-page");
        shown = time.nowInCentre().toLocalDate();
        day.setId("day");
        day.setLabel(getTranslation("roster.rosters.day"));
        day.setLocale(getLocale());
        Button previous = dayButton("previous-day", "roster.rosters.previous", VaadinIcon.ANGLE_LEFT, -1);
        Button next = dayButton("next-day", "roster.rosters.next", VaadinIcon.ANGLE_RIGHT, 1);
        next.setIconAfterText(true);
        Button today = new Button(
                getTranslation("roster.rosters.today"),
                e -> day.setValue(time.nowInCentre().toLocalDate()));
        today.setId("today");
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Toolbar toolbar = new Toolbar(previous, day, next, today);
        notice.setId("rosters-notice");
        notice.setVisible(false);
        list.setId("rosters");
        day.addValueChangeListener(e -> show(e.getValue()));
        summaries.orderedStream().map(StaffStartSummary::create).forEach(this::add);
        add(
                new H1(getTranslation("roster.rosters.title")),
                new Paragraph(getTranslation("roster.rosters.intro")),
                toolbar,
                notice,
                list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("day", List.of());
        LocalDate chosen = time.nowInCentre().toLocalDate();
        boolean understood = true;
        if (!asked.isEmpty()) {
            try {
                chosen = LocalDate.parse(asked.getFirst());
            } catch (DateTimeParseException unreadable) {
                understood = false;
            }
        }
        notice.setText(getTranslation("roster.rosters.notUnderstood"));
        notice.setVisible(!understood);
        if (chosen.equals(day.getValue())) {
            show(chosen);
        } else {
            day.setValue(chosen);
        }
    }

    private Button dayButton(String id, String labelKey, VaadinIcon icon, int days) {
        Button button = new Button(getTranslation(labelKey), icon.create(), e -> day.setValue(shown.plusDays(days)));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void show(LocalDate chosen) {
        try {
            var sessions = rosters.sessionsOn(chosen);
            shown = chosen;
            day.setInvalid(false);
            list.removeAll();
            if (sessions.isEmpty()) {
                list.add(new Paragraph(getTranslation("roster.rosters.empty")));
            }
            sessions.forEach(s -> list.add(new ClassCard(s, time, true)));
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(null, new Location(ROUTE, QueryParameters.of("day", chosen.toString()))));
        } catch (InvalidInput problem) {
            Forms.show(this, problem, Map.of("day", day));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.rosters.title");
    }
}
