package kz.sheber.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import kz.sheber.base.Ids;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.roster.Participant;
import kz.sheber.roster.Roster;
import kz.sheber.roster.RosterCsv;
import kz.sheber.roster.RosterNotFound;
import kz.sheber.roster.RosterService;

/**
 * A session's roster at the workshop door: who is booked (tap a phone number to call), attendance marks, the
 * waiting list, the CSV and print, and a message to the class. Someone else's or an unknown session is "not found".
 */
@Route("roster/:id")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class RosterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RosterService rosters;
    private final CentreTime time;
    /** What a click changes: the counts, the toolbar and the lists; the forms below are built once per session. */
    private final Div content = new Div();

    private MessageForm messages;
    private long sessionId;

    @SuppressWarnings("NullAway.Init") // the parts are built when the router names the session, before any use
    RosterView(RosterService rosters, CentreTime time) {
        this.rosters = rosters;
        this.time = time;
        addClassName("sheber-page");
        addClassName("sheber-roster");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (!id.matches(Ids.PATTERN)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        sessionId = Long.parseLong(id);
        Roster roster;
        try {
            roster = rosters.roster(sessionId);
        } catch (RosterNotFound unknownOrNotYours) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        messages = new MessageForm(rosters, time, sessionId, this::refresh);
        removeAll();
        add(
                new H1(getTranslation("roster.title")),
                content,
                new WalkInForm(rosters, sessionId, this::refresh),
                messages);
        show(roster);
    }

    private void refresh() {
        show(rosters.roster(sessionId));
    }

    private void show(Roster roster) {
        content.removeAll();
        var card = roster.session();
        content.add(
                new H2(card.workshopTitle().in(getLocale()).text()),
                new Paragraph(getTranslation(
                        "roster.when", time.formatDateTime(card.startsAt(), getLocale()), card.roomName())),
                new Paragraph(getTranslation(
                        "roster.counts",
                        card.bookedSeats(),
                        card.capacity(),
                        roster.waiting().size())));
        content.add(toolbar(roster));
        content.add(new H2(getTranslation("roster.participants")));
        content.add(list("participants", roster.participants(), false, roster.attendanceOpen()));
        content.add(new H2(getTranslation("roster.waiting")));
        content.add(list("waiting", roster.waiting(), true, false));
        messages.showSent(roster.messages());
    }

    private Toolbar toolbar(Roster roster) {
        Toolbar bar = new Toolbar();
        bar.addClassName("sheber-no-print");
        if (roster.attendanceOpen()) {
            Button all = new Button(getTranslation("roster.allPresent"), e -> markAllPresent());
            all.setId("all-present");
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(all);
        } else {
            bar.add(new Paragraph(getTranslation("roster.attendance.notOpen")));
        }
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "roster-" + sessionId + ".csv",
                            "text/csv; charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("roster.csv"));
        csv.setId("roster-csv");
        Button print = new Button(
                getTranslation("roster.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("roster-print");
        Anchor history = new Anchor("history/session/" + sessionId, getTranslation("roster.sessionHistory"));
        history.setId("session-history");
        bar.add(csv, print, history);
        if (roster.session().seriesId() != null
                && roster.participants().stream().anyMatch(Participant::inCourse)) {
            Anchor register = new Anchor(
                    "course/" + roster.session().seriesId() + "/register", getTranslation("course.register.link"));
            register.setId("course-register");
            bar.add(register);
        }
        return bar;
    }

    /** The CSV in the reader's language; package-private so tests can read what the download would give. */
    byte[] csv() {
        List<String> header =
                List.of("name", "seats", "phone", "email", "bookedAt", "state", "attendance", "seatsPresent").stream()
                        .map(k -> getTranslation("roster.csv." + k))
                        .toList();
        return RosterCsv.write(rosters.roster(sessionId), header, time.zone(), word -> RosterWords.word(this, word));
    }

    /** A card per person for the screen, and the same people as one table for paper. */
    private Div list(String id, List<Participant> people, boolean waiting, boolean marking) {
        Div list = new Div();
        list.setId(id);
        if (people.isEmpty()) {
            list.add(new Paragraph(getTranslation("roster.none")));
            return list;
        }
        people.forEach(p -> list.add(new ParticipantCard(rosters, time, sessionId, p, marking, this::refresh)));
        list.add(new PrintedRoster(id + "-printed", people, waiting, p -> RosterWords.mark(this, p)));
        return list;
    }

    private void markAllPresent() {
        try {
            Forms.success(this, "roster.attendance.allSaved", rosters.markAllPresent(sessionId));
        } catch (InvalidInput problem) {
            Forms.error(this, problem.firstMessageKey());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title");
    }
}
