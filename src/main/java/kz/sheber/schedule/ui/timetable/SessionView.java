package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.InstructorDetails;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.SessionDetails;
import kz.sheber.schedule.TimetableService;
import kz.sheber.schedule.ui.SessionActions;
import org.springframework.beans.factory.ObjectProvider;

/** Everything about one session, and what other features offer for it (booking seats). */
@Route("session/:id")
@AnonymousAllowed
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TimetableService schedule;
    private final CatalogueService catalogue;
    private final CentreTime time;
    private final ObjectProvider<SessionActions> actions;
    private String title = "";

    SessionView(
            TimetableService schedule,
            CatalogueService catalogue,
            CentreTime time,
            ObjectProvider<SessionActions> actions) {
        this.actions = actions;
        this.schedule = schedule;
        this.catalogue = catalogue;
        this.time = time;
        addClassNames("sheber-page", "sheber-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SessionDetails details = schedule.session(PublicPage.id(event)).orElseThrow(NotFoundException::new);
        removeAll();
        show(details, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(SessionDetails details, Locale locale) {
        SessionCard card = details.card();
        WorkshopDetails workshop = details.workshop();
        title = ReaderText.plain(workshop.title(), locale);
        add(new RouterLink(ReaderText.t("session.backToTimetable"), TimetableView.class));
        add(new H1(ReaderText.of(workshop.title(), locale)));
        if (card.cancelled()) {
            Paragraph cancelled = new Paragraph(ReaderText.t("session.cancelled"));
            cancelled.addClassName("sheber-cancelled");
            if (details.cancelReason() != null && !details.cancelReason().isBlank()) {
                cancelled.add(new Span(" " + ReaderText.t("session.cancelled.reason", details.cancelReason())));
            }
            add(cancelled);
        }
        PublicPage.picture(workshop, locale).ifPresent(this::add);
        Div when = new Div(
                PublicPage.fact(
                        "session.when",
                        time.formatDate(card.startsAt(), locale) + ", "
                                + ReaderText.hours(card.startsAt(), card.endsAt(), locale, time)),
                PublicPage.fact("session.seats", ReaderText.seats(card)));
        when.addClassName("sheber-facts");
        Paragraph zone = new Paragraph(ReaderText.t("session.zone", time.zoneLabel()));
        zone.addClassName("sheber-hint");
        add(when, zone, book(card));
        PublicPage.describe(this, workshop, locale);
        add(instructor(card, locale), room(details.room()));
        add(new RouterLink(
                ReaderText.t("session.workshopLink"),
                WorkshopPageView.class,
                new RouteParameters("id", String.valueOf(workshop.id()))));
    }

    private Component book(SessionCard card) {
        SessionActions offered = actions.getIfAvailable();
        if (offered != null && !card.cancelled()) {
            return offered.create(card.id());
        }
        Button book = new Button(ReaderText.t("session.book"));
        book.setId("book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Only a cancelled session, or a build without the booking feature, gets here: the note says why
        book.setEnabled(false);
        Paragraph note = new Paragraph(ReaderText.t(card.cancelled() ? "session.book.cancelled" : "session.book.soon"));
        note.setId("book-note");
        note.addClassName("sheber-hint");
        book.getElement().setAttribute("aria-describedby", "book-note");
        Div box = new Div(book, note);
        box.addClassName("sheber-book");
        return box;
    }

    private Section instructor(SessionCard card, Locale locale) {
        Section section = new Section(new H2(ReaderText.t("session.instructor")), new Paragraph(card.instructorName()));
        catalogue
                .instructor(card.instructorId())
                .map(InstructorDetails::bio)
                .filter(bio -> !bio.isEmpty())
                .ifPresent(bio -> {
                    Paragraph text = new Paragraph(ReaderText.of(bio, locale));
                    text.addClassName("sheber-prose");
                    section.add(text);
                });
        return section;
    }

    private Section room(RoomDetails room) {
        Section section = new Section(
                new H2(ReaderText.t("session.where")),
                new Paragraph(room.name()),
                new Paragraph(ReaderText.t(room.stepFree() ? "session.room.stepFree" : "session.room.notStepFree")));
        if (!room.equipment().isBlank()) {
            section.add(new Paragraph(ReaderText.t("session.room.equipment", room.equipment())));
        }
        if (!room.accessNotes().isBlank()) {
            section.add(new Paragraph(ReaderText.t("session.room.access", room.accessNotes())));
        }
        return section;
    }
}
