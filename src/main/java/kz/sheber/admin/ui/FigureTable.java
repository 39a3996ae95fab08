package kz.sheber.admin.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kz.sheber.admin.FigureCsv;
import kz.sheber.admin.FigureRow;
import kz.sheber.admin.Tally;

/** A breakdown (per workshop, per instructor, per craft...) as a grid sorted on any column, with its CSV. */
class FigureTable extends Div {

    private final String nameKey;
    private final Grid<FigureRow> grid = new Grid<>();
    private List<FigureRow> rows = List.of();

    FigureTable(String id, String titleKey, String nameKey, FigureText text) {
        this.nameKey = nameKey;
        setId(id);
        addClassName("sheber-figure-table");
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::name)
                .setHeader(getTranslation(nameKey))
                .setComparator(this::name)
                .setWidth("14rem")
                .setFlexGrow(1)
                .setResizable(true)
                .setFrozen(true);
        number("sessions", Tally::sessions, text);
        number("seatsOffered", Tally::seatsOffered, text);
        number("seatsBooked", Tally::seatsBooked, text);
        rate("fillRate", Tally::fillRate, text);
        number("came", Tally::came, text);
        rate("attendanceRate", Tally::attendanceRate, text);
        number("noShows", Tally::noShows, text);
        number("unmetSeats", Tally::unmetSeats, text);
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), id + ".csv", "text/csv; charset=UTF-8", bytes.length);
                }),
                getTranslation("admin.csv"));
        csv.setId(id + "-csv");
        csv.addClassName("sheber-no-print");
        add(new H2(getTranslation(titleKey)), csv, grid);
    }

    void show(List<FigureRow> shown) {
        rows = shown;
        grid.setItems(shown);
    }

    /** What the CSV download gives, in the reader's language; package-private so tests can read it. */
    byte[] csv() {
        List<String> header = Stream.concat(
                        Stream.of(getTranslation(nameKey)),
                        FigureCsv.COLUMNS.stream().map(c -> getTranslation("admin.column." + c)))
                .toList();
        return FigureCsv.write(rows, header, this::name);
    }

    private String name(FigureRow row) {
        return row.name().in(getLocale()).text();
    }

    private void number(String key, SerializableFunction<Tally, Long> figure, FigureText text) {
        grid.addColumn(row -> text.count(figure.apply(row.tally())))
                .setHeader(getTranslation("admin.column." + key))
                .setKey(key)
                .setComparator(Comparator.comparing(row -> figure.apply(row.tally())))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void rate(String key, SerializableFunction<Tally, Double> figure, FigureText text) {
        grid.addColumn(row -> text.rate(figure.apply(row.tally())))
                .setHeader(getTranslation("admin.column." + key))
                .setKey(key)
                .setComparator(Comparator.comparing(
                        row -> figure.apply(row.tally()), Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }
}
