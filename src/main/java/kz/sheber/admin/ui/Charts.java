package kz.sheber.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import kz.sheber.admin.Dashboard;
import kz.sheber.admin.FigureRow;

/**
 * The dashboard's four charts: bookings and attendance over time, fill rate by workshop (the fullest and the
 * emptiest), demand by weekday and hour, and unmet demand by workshop. ECharts comes from its webjar.
 */
class Charts extends Div {

    static final String ECHARTS = "context://webjars/echarts/5.3.1/dist/echarts.min.js";
    static final String DRAWING = "context://scripts/sheber-charts.js";
    /** A workshop chart keeps to this many bars from each end, so it stays readable on a phone. */
    private static final int EACH_END = 5;

    private final FigureText text;
    private final Chart overTime = new Chart("chart-over-time", "admin.chart.overTime");
    private final Chart fill = new Chart("chart-fill", "admin.chart.fill");
    private final Chart demand = new Chart("chart-demand", "admin.chart.demand");
    private final Chart unmet = new Chart("chart-unmet", "admin.chart.unmet");

    Charts(FigureText text) {
        this.text = text;
        setId("charts");
        addClassName("sheber-charts");
        add(overTime, fill, demand, unmet);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(ECHARTS);
        event.getUI().getPage().addJavaScript(DRAWING);
    }

    void show(Dashboard dashboard) {
        showOverTime(dashboard);
        showFill(dashboard.byWorkshop());
        showDemand(dashboard.demand());
        showUnmet(dashboard.byWorkshop());
    }

    private void showOverTime(Dashboard dashboard) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM", getLocale());
        List<FigureRow> rows = dashboard.overTime();
        List<String> labels =
                rows.stream().map(r -> LocalDate.parse(r.key()).format(day)).toList();
        String booked = getTranslation("admin.column.seatsBooked"), came = getTranslation("admin.column.came");
        overTime.show(
                new ChartSpec(
                        "line",
                        labels,
                        List.of(),
                        List.of(
                                new ChartSpec.Series(
                                        booked,
                                        rows.stream()
                                                .map(r -> r.tally().seatsBooked())
                                                .toList()),
                                new ChartSpec.Series(
                                        came,
                                        rows.stream().map(r -> r.tally().came()).toList())),
                        false),
                List.of(getTranslation(dashboard.weekly() ? "admin.chart.weekOf" : "admin.chart.day"), booked, came),
                IntStream.range(0, rows.size())
                        .mapToObj(i -> List.of(
                                labels.get(i),
                                text.count(rows.get(i).tally().seatsBooked()),
                                text.count(rows.get(i).tally().came())))
                        .toList());
    }

    private void showFill(List<FigureRow> fullestFirst) {
        // Rows without a fill rate are left out here, so the chart below can unbox every one
        List<FigureRow> rows =
                fullestFirst.stream().filter(r -> r.tally().fillRate() != null).toList();
        if (rows.size() > 2 * EACH_END) {
            List<FigureRow> ends = new ArrayList<>(rows.subList(0, EACH_END));
            ends.addAll(rows.subList(rows.size() - EACH_END, rows.size()));
            rows = ends;
        }
        String rate = getTranslation("admin.column.fillRate");
        fill.show(
                new ChartSpec(
                        "barh",
                        names(rows),
                        List.of(),
                        List.of(new ChartSpec.Series(
                                rate,
                                rows.stream()
                                        .map(r -> Math.round(Objects.requireNonNull(
                                                                r.tally().fillRate())
                                                        * 1000)
                                                / 10.0)
                                        .toList())),
                        true),
                List.of(getTranslation("admin.column.workshop"), rate),
                rows.stream()
                        .map(r -> List.of(name(r), text.rate(r.tally().fillRate())))
                        .toList());
    }

    private void showDemand(List<FigureRow> cells) {
        Map<String, Long> seats = new HashMap<>();
        cells.forEach(c -> seats.put(c.key(), c.tally().demand()));
        List<Integer> hours = cells.stream()
                .map(c -> Integer.parseInt(c.key().split("-")[1]))
                .distinct()
                .sorted()
                .toList();
        List<String> days = IntStream.rangeClosed(1, 7)
                .mapToObj(d -> DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, getLocale()))
                .toList();
        List<Object> triples = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            List<String> line = new ArrayList<>(List.of(days.get(d - 1)));
            for (int h = 0; h < hours.size(); h++) {
                long value = seats.getOrDefault(d + "-" + hours.get(h), 0L);
                triples.add(List.of(h, d - 1, value));
                line.add(text.count(value));
            }
            table.add(line);
        }
        List<String> hourLabels =
                hours.stream().map(h -> String.format("%02d:00", h)).toList();
        List<String> header = new ArrayList<>(List.of(getTranslation("admin.chart.weekday")));
        header.addAll(hourLabels);
        demand.show(
                new ChartSpec(
                        "heatmap",
                        hourLabels,
                        days,
                        List.of(new ChartSpec.Series(getTranslation("admin.chart.demandSeats"), triples)),
                        false),
                header,
                hours.isEmpty() ? List.of() : table);
    }

    private void showUnmet(List<FigureRow> workshops) {
        List<FigureRow> rows = workshops.stream()
                .filter(r -> r.tally().unmetSeats() > 0)
                .sorted((a, b) -> Long.compare(b.tally().unmetSeats(), a.tally().unmetSeats()))
                .toList();
        String seats = getTranslation("admin.column.unmetSeats"), entries = getTranslation("admin.column.unmetEntries");
        unmet.show(
                new ChartSpec(
                        "barh",
                        names(rows),
                        List.of(),
                        List.of(new ChartSpec.Series(
                                seats,
                                rows.stream().map(r -> r.tally().unmetSeats()).toList())),
                        false),
                List.of(getTranslation("admin.column.workshop"), seats, entries),
                rows.stream()
                        .map(r -> List.of(
                                name(r),
                                text.count(r.tally().unmetSeats()),
                                text.count(r.tally().unmetEntries())))
                        .toList());
    }

    private List<String> names(List<FigureRow> rows) {
        return rows.stream().map(this::name).toList();
    }

    private String name(FigureRow row) {
        return row.name().in(getLocale()).text();
    }
}
