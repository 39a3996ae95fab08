package kz.sheber.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import kz.sheber.account.InstructorSummary;
import kz.sheber.admin.Dashboard;
import kz.sheber.admin.FigureFilter;
import kz.sheber.admin.FiguresService;
import kz.sheber.admin.Period;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as staff and instructors share it: the period and filters (kept in the address), the headline
 * figures beside the previous period's, the charts with their tables, and the breakdowns with their CSV.
 */
abstract class FiguresPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String route;
    private final String titleKey;
    private final FiguresService figures;
    private final BiFunction<Period, FigureFilter, Dashboard> load;
    private final Select<Period.Kind> kind = new Select<>();
    private final DatePicker from = LocalDatePickers.date();
    private final DatePicker to = LocalDatePickers.date();
    private final ComboBox<CraftSummary> craft = new ComboBox<>();
    private final ComboBox<WorkshopDetails> workshop = new ComboBox<>();
    private final ComboBox<InstructorSummary> instructor = new ComboBox<>();
    private final ComboBox<RoomDetails> room = new ComboBox<>();
    private final Paragraph notice = new Paragraph();
    private final Paragraph shownPeriod = new Paragraph();
    private final FigureCards cards = new FigureCards();
    private final Charts charts;
    private final FigureTable byWorkshop;
    private final FigureTable byInstructor;
    private boolean restoring;

    FiguresPage(
            String route,
            String titleKey,
            FiguresService figures,
            BiFunction<Period, FigureFilter, Dashboard> load,
            CatalogueService catalogue,
            List<InstructorSummary> instructors) {
        this.route = route;
        this.titleKey = titleKey;
        this.figures = figures;
        this.load = load;
        addClassName("sheber-page");
        addClassName("sheber-dashboard");
        FigureText text = new FigureText(getLocale());
        charts = new Charts(text);
        byWorkshop = new FigureTable("by-workshop", "admin.table.byWorkshop", "admin.column.workshop", text);
        byInstructor = new FigureTable("by-instructor", "admin.table.byInstructor", "admin.column.instructor", text);
        kind.setId("period");
        kind.setLabel(getTranslation("admin.period"));
        kind.setItems(Period.Kind.values());
        kind.setItemLabelGenerator(
                k -> getTranslation("admin.period." + k.name().toLowerCase()));
        from.setId("from");
        from.setLabel(getTranslation("admin.period.from"));
        to.setId("to");
        to.setLabel(getTranslation("admin.period.to"));
        filter(craft, "craft", catalogue.crafts(), c -> c.name().in(getLocale()).text());
        filter(
                workshop,
                "workshop",
                catalogue.workshops(),
                w -> w.title().in(getLocale()).text());
        filter(instructor, "instructor", instructors, InstructorSummary::fullName);
        instructor.setVisible(!instructors.isEmpty());
        filter(room, "room", catalogue.rooms(), RoomDetails::name);
        kind.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        Div filters = new Div(kind, from, to, craft, workshop, instructor, room);
        filters.addClassName("sheber-filters");
        filters.addClassName("sheber-no-print");
        notice.setId("figures-notice");
        notice.addClassName("sheber-notice");
        notice.setVisible(false);
        shownPeriod.setId("shown-period");
        add(new H1(getTranslation(titleKey)), filters, notice, shownPeriod, cards, charts, byWorkshop);
        if (!instructors.isEmpty()) {
            add(byInstructor);
        }
    }

    private <T> void filter(ComboBox<T> box, String key, List<T> items, Function<T, String> label) {
        box.setId(key);
        box.setLabel(getTranslation("admin.filter." + key));
        box.setPlaceholder(getTranslation("admin.filter.all"));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PeriodChoice choice = PeriodChoice.read(event.getLocation().getQueryParameters(), figures.today());
        notice.setText(getTranslation("admin.period.notUnderstood"));
        notice.setVisible(!choice.understood());
        restoring = true;
        try {
            kind.setValue(choice.kind());
            from.setValue(choice.period().from());
            to.setValue(choice.period().to());
            select(craft, choice.filter().craftId(), CraftSummary::id);
            select(workshop, choice.filter().workshopId(), WorkshopDetails::id);
            select(instructor, choice.filter().instructorId(), InstructorSummary::id);
            select(room, choice.filter().roomId(), RoomDetails::id);
        } finally {
            restoring = false;
        }
        show(choice);
    }

    private static <T> void select(ComboBox<T> box, @Nullable Long id, Function<T, Long> idOf) {
        box.setValue(
                id == null
                        ? null
                        : box.getListDataView()
                                .getItems()
                                .filter(item -> idOf.apply(item).equals(id))
                                .findFirst()
                                .orElse(null));
    }

    private void changed() {
        if (restoring) {
            return;
        }
        boolean custom = kind.getValue() == Period.Kind.CUSTOM;
        try {
            FigureFilter filter = new FigureFilter(
                    idOf(craft.getValue(), CraftSummary::id),
                    idOf(workshop.getValue(), WorkshopDetails::id),
                    idOf(instructor.getValue(), InstructorSummary::id),
                    idOf(room.getValue(), RoomDetails::id));
            PeriodChoice choice = PeriodChoice.of(
                    kind.getValue() == null ? Period.Kind.MONTH : kind.getValue(),
                    from.getValue(),
                    to.getValue(),
                    filter,
                    figures.today());
            if (!custom) {
                restoring = true;
                from.setValue(choice.period().from());
                to.setValue(choice.period().to());
                restoring = false;
            }
            notice.setVisible(false);
            show(choice);
        } catch (InvalidInput problem) {
            Forms.show(this, problem, Map.of("from", from, "to", to));
        }
    }

    private static <T> @Nullable Long idOf(@Nullable T item, Function<T, Long> id) {
        return item == null ? null : id.apply(item);
    }

    private void show(PeriodChoice choice) {
        Forms.clear(Map.of("from", from, "to", to));
        from.setReadOnly(choice.kind() != Period.Kind.CUSTOM);
        to.setReadOnly(choice.kind() != Period.Kind.CUSTOM);
        Dashboard dashboard = load.apply(choice.period(), choice.filter());
        FigureText text = new FigureText(getLocale());
        shownPeriod.setText(getTranslation(
                "admin.period.shown",
                day(choice.period().from()),
                day(choice.period().to()),
                day(dashboard.previousPeriod().from()),
                day(dashboard.previousPeriod().to())));
        cards.show(dashboard.figures(), dashboard.previous(), text);
        charts.show(dashboard);
        byWorkshop.show(dashboard.byWorkshop());
        byInstructor.show(dashboard.byInstructor());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route, choice.query())));
    }

    private String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy", getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
