package kz.sheber.roster.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.sheber.roster.Participant;

/**
 * The roster on paper: one row per person with a number, seats, phone, email and how they came (blank to tick by
 * hand), so a class fits an A4 page. The cards are for screens; only this table prints.
 */
class PrintedRoster extends NativeTable {

    PrintedRoster(String id, List<Participant> people, boolean waiting, Function<Participant, String> mark) {
        setId(id);
        addClassName("sheber-print-only");
        List<String> columns = new ArrayList<>(List.of(
                "roster.print.number", "roster.csv.name", "roster.csv.seats", "roster.csv.phone", "roster.csv.email"));
        if (!waiting) {
            columns.add("roster.csv.attendance");
        }
        NativeTableRow head = getHead().addRow();
        columns.forEach(key -> head.addHeaderCell().setText(getTranslation(key)));
        int number = 0;
        for (Participant p : people) {
            number++;
            NativeTableRow row = getBody().addRow();
            row.addDataCell().setText(String.valueOf(waiting ? p.placeInLine() : number));
            row.addDataCell().setText(p.shownName(word -> getTranslation("person.erased")));
            row.addDataCell().setText(String.valueOf(p.seats()));
            row.addDataCell().setText(p.phone() == null ? "" : p.phone());
            row.addDataCell().setText(p.email() == null ? "" : p.email());
            if (!waiting) {
                row.addDataCell().setText(mark.apply(p));
            }
        }
    }
}
