package kz.sheber.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.admin.FigureRow;
import kz.sheber.admin.PastCentre;
import kz.sheber.admin.Period;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard over a small March 2017 of its own: two workshops, one full and one half-empty. */
class DashboardViewTest extends KaribuTest {

    static final String MARCH_2017 = "admin/dashboard?period=custom&from=2017-03-01&to=2017-03-31";

    @Autowired
    PastCentre past;

    @Autowired
    TestPeople people;

    @Autowired
    kz.sheber.admin.FiguresService figures;

    private static WorkshopDetails full, halfEmpty;

    @BeforeEach
    void buildMarch() {
        synchronized (DashboardViewTest.class) {
            if (full != null) {
                return;
            }
            full = past.workshop(4);
            halfEmpty = past.workshop(6);
            long room = past.room();
            long busy = past.session(full, room, LocalDateTime.of(2017, 3, 14, 18, 0), 2, false);
            past.present(past.confirmed(busy, past.resident(), 2, LocalDateTime.of(2017, 3, 1, 9, 0)), 2);
            past.booking(busy, past.resident(), 1, "WAITING", LocalDateTime.of(2017, 3, 2, 9, 0), null, false, null);
            long quiet = past.session(halfEmpty, room, LocalDateTime.of(2017, 3, 16, 11, 0), 4, false);
            past.noShow(past.confirmed(quiet, past.resident(), 2, LocalDateTime.of(2017, 3, 3, 9, 0)));
        }
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<FigureRow> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        assertThat(Arrays.copyOf(csv, 3))
                .as("a byte order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String body = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(body)).getRecords();
    }

    @Test
    void staff_open_a_shared_link_and_see_each_figure_beside_the_previous_period() {
        login(people.create(Roles.ADMIN));
        open(MARCH_2017, Languages.ENGLISH);

        assertThat(_get(Select.class, spec -> spec.withId("period")).getValue()).isEqualTo(Period.Kind.CUSTOM);
        assertThat(_get(DatePicker.class, spec -> spec.withId("from")).getValue())
                .isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("shown-period")).getText())
                .isEqualTo("01.03.2017 – 31.03.2017, compared with 29.01.2017 – 28.02.2017");
        assertThat(text("figure-sessions")).isEqualTo("Sessions held2Before: 0Change: +2");
        assertThat(text("figure-fillRate")).startsWith("Fill rate66.7%Before: –");
        assertThat(text("figure-attendanceRate")).startsWith("Attendance rate50%");
        assertThat(text("figure-unmetSeats")).startsWith("Waited in vain (seats)1");
        assertThat(text("figure-noShows")).startsWith("No-shows1");
    }

    @Test
    void the_workshop_table_sorts_on_any_column_and_downloads_as_csv_in_the_readers_language() throws Exception {
        login(people.create(Roles.ADMIN));
        open(MARCH_2017, Languages.RUSSIAN);
        Grid<FigureRow> grid = grid("by-workshop-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).name().ru())
                .as("fullest first")
                .isEqualTo(full.title().ru());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("fillRate"), SortDirection.ASCENDING)));
        assertThat(GridKt._get(grid, 0).name().ru()).isEqualTo(halfEmpty.title().ru());

        FigureTable table = _get(FigureTable.class, spec -> spec.withId("by-workshop"));
        List<CSVRecord> rows = parse(table.csv());
        assertThat(rows.getFirst().get(0)).isEqualTo("Мастер-класс");
        assertThat(rows.getFirst().get(4)).isEqualTo("Заполненность");
        assertThat(rows).hasSize(3);
        CSVRecord fullRow = rows.stream()
                .filter(r -> r.get(0).equals(full.title().ru()))
                .findFirst()
                .orElseThrow();
        assertThat(fullRow.values())
                .containsExactly(full.title().ru(), "1", "2", "2", "1.000", "2", "1.000", "0", "0", "1", "1", "1");
    }

    @Test
    void choosing_a_workshop_narrows_every_figure_and_the_charts_tables_follow() {
        login(people.create(Roles.ADMIN));
        open(MARCH_2017, Languages.ENGLISH);
        ComboBox<WorkshopDetails> workshop = _get(ComboBox.class, spec -> spec.withId("workshop"));
        _setValue(
                workshop,
                workshop.getListDataView()
                        .getItems()
                        .filter(w -> w.id() == halfEmpty.id())
                        .findFirst()
                        .orElseThrow());

        assertThat(text("figure-sessions")).startsWith("Sessions held1");
        assertThat(text("figure-unmetSeats")).startsWith("Waited in vain (seats)0");
        NativeTable overTime = _get(NativeTable.class, spec -> spec.withId("chart-over-time-numbers"));
        assertThat(overTime.getElement().getTextRecursively()).contains("16.03").doesNotContain("14.03");
        NativeTable demand = _get(NativeTable.class, spec -> spec.withId("chart-demand-numbers"));
        assertThat(demand.getElement().getTextRecursively()).contains("11:00").doesNotContain("18:00");
    }

    @Test
    void a_preset_period_fills_in_its_days_and_a_custom_range_that_ends_before_it_starts_is_refused() {
        login(people.create(Roles.ADMIN));
        open(MARCH_2017, Languages.ENGLISH);
        _setValue(_get(Select.class, spec -> spec.withId("period")), Period.Kind.YEAR);
        LocalDate today = figures.today();
        assertThat(_get(DatePicker.class, spec -> spec.withId("from")).getValue())
                .isEqualTo(today.withDayOfYear(1));

        _setValue(_get(Select.class, spec -> spec.withId("period")), Period.Kind.CUSTOM);
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("to"));
        _setValue(to, today.withDayOfYear(1).minusDays(1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day comes before the first.");
    }

    @Test
    void a_link_that_cannot_be_read_shows_this_month_and_says_so() {
        login(people.create(Roles.ADMIN));
        open("admin/dashboard?period=fortnight&craft=pottery", Languages.KAZAKH);
        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("figures-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("Сілтемедегі кезең оқылмады, сондықтан осы ай көрсетілді.");
        assertThat(_get(Select.class, spec -> spec.withId("period")).getValue()).isEqualTo(Period.Kind.MONTH);
    }

    @Test
    void an_instructor_sees_my_figures_for_their_own_classes_without_an_instructor_filter() {
        PersonDetails teacher =
                new PersonDetails(full.instructors().getFirst().id(), "t@test", "", true, List.of(Roles.INSTRUCTOR));
        login(teacher);
        open("my-figures?period=custom&from=2017-03-01&to=2017-03-31", Languages.ENGLISH);
        assertThat(text("figure-sessions")).startsWith("Sessions held1");
        assertThat(GridKt._size(grid("by-workshop-grid"))).isEqualTo(1);
        _assertNone(ComboBox.class, spec -> spec.withId("instructor"));
        _assertNone(FigureTable.class, spec -> spec.withId("by-instructor"));
        com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(true); // the layout from before sign-in
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                                com.vaadin.flow.component.sidenav.SideNavItem.class)
                        .stream()
                        .map(item -> item.getLabel() + " " + item.getPath())
                        .toList())
                .as("right under My classes")
                .contains("My classes my-sessions", "My figures my-figures");
    }

    @Test
    void the_period_and_filters_written_to_the_address_read_back_the_same() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        PeriodChoice chosen = PeriodChoice.of(
                Period.Kind.CUSTOM,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 2, 1),
                new kz.sheber.admin.FigureFilter(3L, null, 7L, 11L),
                today);
        assertThat(chosen.query().getParameters())
                .containsOnly(
                        java.util.Map.entry("period", List.of("custom")),
                        java.util.Map.entry("from", List.of("2026-01-05")),
                        java.util.Map.entry("to", List.of("2026-02-01")),
                        java.util.Map.entry("craft", List.of("3")),
                        java.util.Map.entry("instructor", List.of("7")),
                        java.util.Map.entry("room", List.of("11")));
        assertThat(PeriodChoice.read(chosen.query(), today)).isEqualTo(chosen);
    }
}
