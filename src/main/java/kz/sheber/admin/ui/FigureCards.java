package kz.sheber.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import kz.sheber.admin.Figures;
import kz.sheber.admin.Tally;

/** A card per headline figure: the period's value, the previous period's beside it, and the change. */
class FigureCards extends Div {

    FigureCards() {
        setId("figures");
        addClassName("sheber-figure-cards");
    }

    void show(Figures now, Figures before, FigureText text) {
        removeAll();
        count("sessions", now, before, f -> f.tally().sessions(), text);
        count("seatsOffered", now, before, f -> f.tally().seatsOffered(), text);
        count("seatsBooked", now, before, f -> f.tally().seatsBooked(), text);
        rate("fillRate", now, before, t -> t.fillRate(), text);
        count("came", now, before, f -> f.tally().came(), text);
        rate("attendanceRate", now, before, t -> t.attendanceRate(), text);
        count("noShows", now, before, f -> f.tally().noShows(), text);
        count("lateCancellations", now, before, f -> f.tally().lateCancellations(), text);
        count("residents", now, before, Figures::residents, text);
        count("firstTimeResidents", now, before, Figures::firstTimeResidents, text);
        count("waitingEntries", now, before, f -> f.tally().waitingEntries(), text);
        count("unmetPeople", now, before, Figures::unmetPeople, text);
        count("unmetSeats", now, before, f -> f.tally().unmetSeats(), text);
        count("centreCancellations", now, before, Figures::centreCancellations, text);
    }

    /** The four that say how the week goes: classes held, how full, who came, who waited in vain. */
    void showGlance(Figures now, Figures before, FigureText text) {
        removeAll();
        count("sessions", now, before, f -> f.tally().sessions(), text);
        rate("fillRate", now, before, t -> t.fillRate(), text);
        count("came", now, before, f -> f.tally().came(), text);
        count("unmetPeople", now, before, Figures::unmetPeople, text);
    }

    private void count(String key, Figures now, Figures before, ToLongFunction<Figures> figure, FigureText text) {
        long value = figure.applyAsLong(now), previous = figure.applyAsLong(before);
        card(key, text.count(value), text.count(previous), text.countChange(value, previous));
    }

    private void rate(String key, Figures now, Figures before, Function<Tally, Double> figure, FigureText text) {
        Double value = figure.apply(now.tally()), previous = figure.apply(before.tally());
        String change = text.rateChange(value, previous);
        card(
                key,
                text.rate(value),
                text.rate(previous),
                change.isEmpty() ? "" : getTranslation("admin.figure.points", change));
    }

    private void card(String key, String value, String previous, String change) {
        Span label = new Span(getTranslation("admin.figure." + key));
        label.addClassName("sheber-figure-label");
        Span shown = new Span(value);
        shown.addClassName("sheber-figure-value");
        Span before = new Span(getTranslation("admin.figure.previous", previous));
        before.addClassName("sheber-figure-previous");
        Div card = new Div(label, shown, before);
        if (!change.isEmpty()) {
            Span delta = new Span(getTranslation("admin.figure.change", change));
            delta.addClassName("sheber-figure-change");
            card.add(delta);
        }
        card.setId("figure-" + key);
        card.addClassName("sheber-figure");
        add(card);
    }
}
