package kz.sheber.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * One chart drawn in the browser by ECharts, and under it the same numbers as a table: for screen readers (the
 * drawing itself is hidden from them), for print, and for anyone who wants the exact figures.
 */
class Chart extends Div {

    private final Div drawing = new Div();
    private final NativeTable numbers = new NativeTable();

    Chart(String id, String titleKey) {
        setId(id);
        addClassName("sheber-chart");
        drawing.setId(id + "-drawing");
        drawing.addClassName("sheber-chart-drawing");
        drawing.getElement().setAttribute("aria-hidden", "true");
        numbers.setId(id + "-numbers");
        numbers.addClassName("sheber-chart-numbers");
        numbers.setCaptionText(getTranslation(titleKey));
        Div scroll = new Div(numbers);
        scroll.addClassName("sheber-chart-numbers-scroll");
        // A wide table scrolls sideways on a phone; keyboard users need to reach it to scroll it
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation(titleKey));
        add(new H2(getTranslation(titleKey)), drawing, scroll);
    }

    /** Draws the chart and writes its table: {@code header} over columns, one row of texts per line. */
    void show(ChartSpec spec, List<String> header, List<List<String>> rows) {
        numbers.getHead().removeAll();
        numbers.getBody().removeAll();
        NativeTableRow top = numbers.getHead().addRow();
        header.forEach(h -> top.addHeaderCell().setText(h));
        for (List<String> row : rows) {
            NativeTableRow line = numbers.getBody().addRow();
            line.addHeaderCell().setText(row.getFirst());
            row.subList(1, row.size()).forEach(cell -> line.addDataCell().setText(cell));
        }
        drawing.setVisible(!rows.isEmpty());
        // The script may still be loading when the first figures arrive; wait for it a little
        drawing.getElement().executeJs("""
                const el = this, json = $0;
                (function draw(n) {
                  if (window.sheberCharts) window.sheberCharts.draw(el, json);
                  else if (n < 100) setTimeout(() => draw(n + 1), 100);
                })(0);""", spec.json());
    }
}
