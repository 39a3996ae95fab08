package kz.sheber.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sheber.account.PersonSummary;
import kz.sheber.audit.AuditFilter;
import kz.sheber.audit.AuditLine;
import kz.sheber.audit.AuditService;
import kz.sheber.base.Ids;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.base.ui.Toolbar;
import org.jspecify.annotations.Nullable;

/**
 * Staff's centre-wide log: newest first, filtered by days, person (who acted or whom it was about), action and
 * object, a page at a time from the database. The filter lives in the address, so the roster's "history" link
 * (?booking=REF), a session's (?session=ID) or a person's (?person=ID) opens the same page already narrowed.
 */
@Route(AuditLogView.ROUTE)
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/audit";
    static final int PAGE = 50;

    private final AuditService audit;
    private final CentreTime time;
    private final DatePicker from = LocalDatePickers.date();
    private final DatePicker to = LocalDatePickers.date();
    private final ComboBox<PersonSummary> person = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField booking = new TextField();
    private final Paragraph counted = new Paragraph();
    private final Div list = new Div();
    private final Button previous;
    private final Button next;
    private @Nullable Long personId;
    private @Nullable Long sessionId;
    private int offset;
    private boolean loading;

    AuditLogView(AuditService audit, CentreTime time) {
        this.audit = audit;
        this.time = time;
        addClassName("sheber-page");
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        person.setId("audit-person");
        person.setLabel(getTranslation("audit.filter.person"));
        person.setItems(
                query -> audit.people(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
        person.setItemLabelGenerator(p -> p.fullName() + (p.email() == null ? "" : " · " + p.email()));
        person.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a));
        action.setClearButtonVisible(true);
        booking.setId("audit-booking");
        booking.setLabel(getTranslation("audit.filter.booking"));
        booking.setClearButtonVisible(true);
        booking.setMaxLength(40);
        List.of(from, to).forEach(field -> {
            field.setLocale(getLocale());
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> filterChanged());
        });
        person.addValueChangeListener(e -> {
            personId = e.getValue() == null ? null : e.getValue().id();
            filterChanged();
        });
        action.addValueChangeListener(e -> filterChanged());
        booking.addValueChangeListener(e -> filterChanged());
        Toolbar filters = new Toolbar(from, to, person, action, booking);
        previous = pageButton("audit-previous", "audit.page.previous", VaadinIcon.ANGLE_LEFT, -PAGE);
        next = pageButton("audit-next", "audit.page.next", VaadinIcon.ANGLE_RIGHT, PAGE);
        next.setIconAfterText(true);
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = AuditCsv.write(
                            audit.find(filter(), 0, AuditService.EXPORT_LIMIT),
                            this::getTranslation,
                            time,
                            getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "audit.csv", "text/csv; charset=UTF-8", bytes.length);
                }),
                getTranslation("audit.csv"));
        csv.setId("audit-csv");
        counted.setId("audit-count");
        list.setId("audit-entries");
        Toolbar paging = new Toolbar(previous, next, csv);
        add(
                new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")),
                filters,
                counted,
                list,
                paging);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        loading = true;
        from.setValue(date(asked, "from"));
        to.setValue(date(asked, "to"));
        action.setValue(
                first(asked, "action") != null && audit.actions().contains(first(asked, "action"))
                        ? first(asked, "action")
                        : null);
        booking.setValue(first(asked, "booking") == null ? "" : first(asked, "booking"));
        personId = number(asked, "person");
        sessionId = number(asked, "session");
        loading = false;
        offset = 0;
        show();
    }

    private void filterChanged() {
        if (loading) {
            return;
        }
        offset = 0;
        show();
        Map<String, String> params = new LinkedHashMap<>();
        if (from.getValue() != null) {
            params.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            params.put("to", to.getValue().toString());
        }
        if (personId != null) {
            params.put("person", personId.toString());
        }
        if (sessionId != null) {
            params.put("session", sessionId.toString());
        }
        if (action.getValue() != null) {
            params.put("action", action.getValue());
        }
        if (!booking.getValue().isBlank()) {
            params.put("booking", booking.getValue().strip());
        }
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location(ROUTE, QueryParameters.simple(params))));
    }

    private AuditFilter filter() {
        String reference = booking.getValue().strip();
        return new AuditFilter(
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(time.zone()).toInstant(),
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay(time.zone()).toInstant(),
                personId,
                action.getValue(),
                reference.isEmpty() ? null : "BOOKING",
                reference.isEmpty() ? null : reference,
                sessionId);
    }

    private void show() {
        AuditFilter filter = filter();
        int total = audit.count(filter);
        List<AuditLine> lines = audit.find(filter, offset, PAGE);
        list.removeAll();
        lines.forEach(line -> list.add(new AuditCard(line, time)));
        counted.setText(
                total == 0
                        ? getTranslation("audit.empty")
                        : getTranslation("audit.count", offset + 1, offset + lines.size(), total));
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + PAGE < total);
    }

    private Button pageButton(String id, String key, VaadinIcon icon, int step) {
        Button button = new Button(getTranslation(key), icon.create(), e -> {
            offset = Math.max(0, offset + step);
            show();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static @Nullable String first(Map<String, List<String>> asked, String name) {
        List<String> values = asked.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable LocalDate date(Map<String, List<String>> asked, String name) {
        String value = first(asked, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static @Nullable Long number(Map<String, List<String>> asked, String name) {
        return Ids.parse(first(asked, name)).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
