package kz.sheber.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
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
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.sheber.admin.FigureCsv;
import kz.sheber.admin.FigureRow;
import kz.sheber.admin.FiguresService;
import kz.sheber.admin.QuarterReport;
import kz.sheber.admin.Tally;
import kz.sheber.base.Roles;
import kz.sheber.base.SheberProperties;
import kz.sheber.catalogue.Multilingual;

/**
 * The quarter's report for the city: the centre's name and the period, the figures, then by craft and by month, as
 * tables that print on A4 and as one CSV. The quarter is in the address ({@code ?year=2026&quarter=4}).
 */
@Route(QuarterReportView.ROUTE)
@RolesAllowed(Roles.ADMIN)
class QuarterReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/report";
    private static final int YEARS_BACK = 5;

    private final FiguresService figures;
    private final SheberProperties settings;
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Div report = new Div();
    private final FigureText text;
    private QuarterReport shown;
    private boolean restoring;

    @SuppressWarnings("NullAway.Init") // beforeEnter shows a quarter before anything reads it
    QuarterReportView(FiguresService figures, SheberProperties settings) {
        this.figures = figures;
        this.settings = settings;
        this.text = new FigureText(getLocale());
        addClassName("sheber-page");
        addClassName("sheber-report");
        int thisYear = figures.today().getYear();
        year.setId("year");
        year.setLabel(getTranslation("admin.report.year"));
        year.setItems(IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear)
                .boxed()
                .toList()
                .reversed());
        quarter.setId("quarter");
        quarter.setLabel(getTranslation("admin.report.quarter"));
        quarter.setItems(1, 2, 3, 4);
        year.addValueChangeListener(e -> changed());
        quarter.addValueChangeListener(e -> changed());
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "report-" + shown.period().from().getYear() + "-q"
                                    + shown.period().from().get(IsoFields.QUARTER_OF_YEAR) + ".csv",
                            "text/csv; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("admin.csv"));
        csv.setId("report-csv");
        Button print = new Button(
                getTranslation("admin.report.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("report-print");
        Div toolbar = new Div(year, quarter, print, csv);
        toolbar.addClassName("sheber-filters");
        toolbar.addClassName("sheber-no-print");
        report.setId("report");
        add(new H1(getTranslation("admin.report.title")), toolbar, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = figures.today();
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        int y = today.getYear(), q = today.get(IsoFields.QUARTER_OF_YEAR);
        try {
            y = Integer.parseInt(
                    asked.getOrDefault("year", List.of(String.valueOf(y))).getFirst());
            q = Integer.parseInt(
                    asked.getOrDefault("quarter", List.of(String.valueOf(q))).getFirst());
        } catch (NumberFormatException unreadable) {
            // the current quarter, as for a bare address
        }
        if (q < 1 || q > 4 || !year.getListDataView().contains(y)) {
            y = today.getYear();
            q = today.get(IsoFields.QUARTER_OF_YEAR);
        }
        restoring = true;
        year.setValue(y);
        quarter.setValue(q);
        restoring = false;
        show(y, q);
    }

    private void changed() {
        if (!restoring && year.getValue() != null && quarter.getValue() != null) {
            show(year.getValue(), quarter.getValue());
        }
    }

    private void show(int y, int q) {
        shown = figures.quarter(y, q);
        report.removeAll();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy", getLocale());
        report.add(
                new Paragraph(settings.centre().name().in(getLocale())),
                new Paragraph(getTranslation(
                        "admin.report.period",
                        q,
                        String.valueOf(y),
                        shown.period().from().format(day),
                        shown.period().to().format(day))));
        report.add(new H2(getTranslation("admin.report.figures")), headline());
        report.add(
                new H2(getTranslation("admin.report.byCraft")),
                table("report-by-craft", "admin.column.craft", shown.byCraft()));
        report.add(
                new H2(getTranslation("admin.report.byMonth")),
                table("report-by-month", "admin.column.month", shown.byMonth()));
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                ROUTE,
                                QueryParameters.simple(
                                        Map.of("year", String.valueOf(y), "quarter", String.valueOf(q))))));
    }

    private NativeTable headline() {
        NativeTable table = new NativeTable();
        table.setId("report-figures");
        table.addClassName("sheber-report-table");
        Tally t = shown.figures().tally();
        List<String[]> lines = List.of(
                new String[] {"sessions", text.count(t.sessions())},
                new String[] {"seatsOffered", text.count(t.seatsOffered())},
                new String[] {"seatsBooked", text.count(t.seatsBooked())},
                new String[] {"fillRate", text.rate(t.fillRate())},
                new String[] {"came", text.count(t.came())},
                new String[] {"attendanceRate", text.rate(t.attendanceRate())},
                new String[] {"noShows", text.count(t.noShows())},
                new String[] {"lateCancellations", text.count(t.lateCancellations())},
                new String[] {"residents", text.count(shown.figures().residents())},
                new String[] {"firstTimeResidents", text.count(shown.figures().firstTimeResidents())},
                new String[] {"waitingEntries", text.count(t.waitingEntries())},
                new String[] {"unmetPeople", text.count(shown.figures().unmetPeople())},
                new String[] {"unmetSeats", text.count(t.unmetSeats())},
                new String[] {"centreCancellations", text.count(shown.figures().centreCancellations())});
        for (String[] line : lines) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(getTranslation("admin.figure." + line[0]));
            row.addDataCell().setText(line[1]);
        }
        return table;
    }

    private NativeTable table(String id, String nameKey, List<FigureRow> rows) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("sheber-report-table");
        NativeTableRow head = table.getHead().addRow();
        header(nameKey).forEach(h -> head.addHeaderCell().setText(h));
        for (FigureRow r : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(name(r));
            Tally t = r.tally();
            Stream.of(
                            text.count(t.sessions()),
                            text.count(t.seatsOffered()),
                            text.count(t.seatsBooked()),
                            text.rate(t.fillRate()),
                            text.count(t.came()),
                            text.rate(t.attendanceRate()),
                            text.count(t.noShows()),
                            text.count(t.lateCancellations()),
                            text.count(t.waitingEntries()),
                            text.count(t.unmetEntries()),
                            text.count(t.unmetSeats()))
                    .forEach(cell -> row.addDataCell().setText(cell));
        }
        return table;
    }

    private List<String> header(String nameKey) {
        return Stream.concat(
                        Stream.of(getTranslation(nameKey)),
                        FigureCsv.COLUMNS.stream().map(c -> getTranslation("admin.column." + c)))
                .toList();
    }

    /** A craft's name, or a month as the reader writes it ("наурыз 2026"). */
    private String name(FigureRow row) {
        if (row.key().matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(row.key()).format(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()));
        }
        return row.name().in(getLocale()).text();
    }

    /** The whole quarter, then each craft, then each month, in one CSV; package-private so tests can read it. */
    byte[] csv() {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(new FigureRow(
                "total",
                new Multilingual(
                        getTranslation("admin.report.total"),
                        getTranslation("admin.report.total"),
                        getTranslation("admin.report.total")),
                shown.figures().tally()));
        rows.addAll(shown.byCraft());
        rows.addAll(shown.byMonth());
        return FigureCsv.write(rows, header("admin.report.line"), this::name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.report.title");
    }
}
