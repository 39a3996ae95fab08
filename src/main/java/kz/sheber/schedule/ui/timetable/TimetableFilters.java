package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kz.sheber.base.ui.LocalDatePickers;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.catalogue.Level;
import kz.sheber.schedule.TimetableFilter;

/** The timetable's filters; tells its listener the new filter after every change a reader makes. */
class TimetableFilters extends Composite<Div> {

    private final ComboBox<CraftSummary> craft = new ComboBox<>();
    private final Select<Level> level = new Select<>();
    private final DatePicker from = LocalDatePickers.date();
    private final DatePicker to = LocalDatePickers.date();
    private final Checkbox free = new Checkbox();
    private final Checkbox cancelled = new Checkbox();
    private final TextField search = new TextField();
    private final List<CraftSummary> crafts;
    private Consumer<TimetableFilter> listener = filter -> {};
    private boolean showing;

    TimetableFilters(List<CraftSummary> crafts, Locale locale) {
        this.crafts = crafts;
        getContent().addClassName("sheber-filters");
        search.setId("timetable-search");
        search.setLabel(ReaderText.t("timetable.filter.search"));
        search.setPlaceholder(ReaderText.t("timetable.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        craft.setId("timetable-craft");
        craft.setLabel(ReaderText.t("timetable.filter.craft"));
        craft.setPlaceholder(ReaderText.t("timetable.filter.anyCraft"));
        craft.setItems(crafts);
        craft.setItemLabelGenerator(c -> ReaderText.plain(c.name(), locale));
        craft.setClearButtonVisible(true);
        level.setId("timetable-level");
        level.setLabel(ReaderText.t("timetable.filter.level"));
        level.setItems(Level.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(ReaderText.t("timetable.filter.anyLevel"));
        level.setItemLabelGenerator(l -> l == null ? ReaderText.t("timetable.filter.anyLevel") : ReaderText.level(l));
        from.setId("timetable-from");
        from.setLabel(ReaderText.t("timetable.filter.from"));
        from.setLocale(locale);
        from.setClearButtonVisible(true);
        to.setId("timetable-to");
        to.setLabel(ReaderText.t("timetable.filter.to"));
        to.setLocale(locale);
        to.setClearButtonVisible(true);
        free.setId("timetable-free");
        free.setLabel(ReaderText.t("timetable.filter.free"));
        cancelled.setId("timetable-cancelled");
        cancelled.setLabel(ReaderText.t("timetable.filter.cancelled"));
        Div checks = new Div(free, cancelled);
        checks.addClassName("sheber-filter-checks");
        getContent().add(search, craft, level, from, to, checks);
        search.addValueChangeListener(e -> changed());
        craft.addValueChangeListener(e -> changed());
        level.addValueChangeListener(e -> changed());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            changed();
        });
        to.addValueChangeListener(e -> changed());
        free.addValueChangeListener(e -> changed());
        cancelled.addValueChangeListener(e -> changed());
    }

    void onChange(Consumer<TimetableFilter> listener) {
        this.listener = listener;
    }

    /** Shows a filter (from a link) without reporting it back as a reader's change. */
    void show(TimetableFilter filter) {
        showing = true;
        try {
            search.setValue(filter.text() == null ? "" : filter.text());
            craft.setValue(crafts.stream()
                    .filter(c -> filter.craftId() != null && c.id() == filter.craftId())
                    .findFirst()
                    .orElse(null));
            level.setValue(filter.level());
            from.setValue(filter.from());
            to.setValue(filter.to());
            free.setValue(filter.freeSeatsOnly());
            cancelled.setValue(filter.includeCancelled());
        } finally {
            showing = false;
        }
    }

    TimetableFilter filter() {
        String text = search.getValue().isBlank() ? null : search.getValue().strip();
        return new TimetableFilter(
                craft.getValue() == null ? null : craft.getValue().id(),
                level.getValue(),
                from.getValue(),
                to.getValue(),
                free.getValue(),
                text,
                cancelled.getValue());
    }

    private void changed() {
        if (!showing) {
            listener.accept(filter());
        }
    }
}
