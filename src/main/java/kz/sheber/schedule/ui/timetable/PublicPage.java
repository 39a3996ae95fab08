package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.sheber.base.Ids;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.catalogue.WorkshopDetails;

/** What the session and workshop pages share: reading the id from the address, and the workshop's facts. */
final class PublicPage {

    private PublicPage() {}

    /** The numeric id in the address; anything else is a page that does not exist. */
    static long id(BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").flatMap(Ids::parse).orElseThrow(NotFoundException::new);
    }

    /** A labelled fact: "Level: Beginner". */
    static Div fact(String labelKey, Component value) {
        Span label = new Span(ReaderText.t(labelKey));
        label.addClassName("sheber-fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("sheber-fact");
        return fact;
    }

    static Div fact(String labelKey, String value) {
        return fact(labelKey, new Span(value));
    }

    /** A section with a heading and a multilingual text, or nothing when the text is empty. */
    private static Optional<Section> text(String headingKey, Multilingual text, Locale locale) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Paragraph body = new Paragraph(ReaderText.of(text, locale));
        body.addClassName("sheber-prose");
        return Optional.of(new Section(new H2(ReaderText.t(headingKey)), body));
    }

    /** Level, minimum age, length and price. */
    private static Div facts(WorkshopDetails workshop, Locale locale) {
        Div facts = new Div(
                fact("session.craft", ReaderText.plain(workshop.craft().name(), locale)),
                fact("session.level", ReaderText.level(workshop.level())),
                fact(
                        "session.minimumAge",
                        workshop.minimumAge() == 0
                                ? ReaderText.t("session.minimumAge.none")
                                : ReaderText.t("session.minimumAge.value", workshop.minimumAge())),
                fact(
                        "session.price",
                        workshop.isFree()
                                ? ReaderText.t("session.price.free")
                                : ReaderText.t("session.price.value", Objects.requireNonNull(workshop.priceTenge()))));
        facts.addClassName("sheber-facts");
        return facts;
    }

    /** The workshop's facts and its texts in the reader's language: what both public pages show of it. */
    static void describe(HasComponents page, WorkshopDetails workshop, Locale locale) {
        page.add(facts(workshop, locale));
        text("session.about", workshop.description(), locale).ifPresent(page::add);
        text("session.provided", workshop.provided(), locale).ifPresent(page::add);
        text("session.toBring", workshop.toBring(), locale).ifPresent(page::add);
    }

    static Optional<Image> picture(WorkshopDetails workshop, Locale locale) {
        if (!workshop.hasPicture()) {
            return Optional.empty();
        }
        Image image = new Image(
                "feeds/workshops/" + workshop.id() + "/picture",
                ReaderText.t("session.picture", ReaderText.plain(workshop.title(), locale)));
        image.addClassName("sheber-picture");
        return Optional.of(image);
    }
}
