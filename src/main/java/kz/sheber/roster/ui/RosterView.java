package kz.sheber.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import java.util.Map;
import kz.sheber.base.Ids;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.roster.MessageToClass;
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
    private final Div content = new Div();
    private long sessionId;

    RosterView(RosterService rosters, CentreTime time) {
        this.rosters = rosters;
        this.time = time;
        addClassName("sheber-page");
        addClassName("sheber-roster");
        add(new H1(getTranslation("roster.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (!id.matches(Ids.PATTERN)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        sessionId = Long.parseLong(id);
        try {
            show(rosters.roster(sessionId));
        } catch (RosterNotFound unknownOrNotYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        show(rosters.roster(sessionId));
    }

    private void show(Roster roster) {
        content.removeAll();
        var card = roster.session();
        content.add(new H2(card.workshopTitle().in(getLocale()).text()),
                new Paragraph(getTranslation("roster.when", time.formatDateTime(card.startsAt(), getLocale()),
                        card.roomName())),
                new Paragraph(getTranslation("roster.counts", card.bookedSeats(), card.capacity(), roster.waiting().size())));
        content.add(toolbar(roster));
        content.add(new H2(getTranslation("roster.participants")));
        content.add(list("participants", roster.participants(), false, roster.attendanceOpen()));
        content.add(new H2(getTranslation("roster.waiting")));
        content.add(list("waiting", roster.waiting(), true, false));
        content.add(new WalkInForm(rosters, sessionId, this::refresh));
        content.add(messageForm(roster));
    }

    private Toolbar toolbar(Roster roster) {
        Toolbar bar = new Toolbar();
        bar.addClassName("sheber-no-print");
        if (roster.attendanceOpen()) {
            Button all = new Button(getTranslation("roster.allPresent"), e -> act(() -> Forms.success(this,
                    "roster.attendance.allSaved", rosters.markAllPresent(sessionId))));
            all.setId("all-present");
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(all);
        } else {
            bar.add(new Paragraph(getTranslation("roster.attendance.notOpen")));
        }
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "roster-" + sessionId + ".csv",
                    "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("roster.csv"));
        csv.setId("roster-csv");
        Button print = new Button(getTranslation("roster.print"), e -> getUI().ifPresent(ui -> ui.getPage()
                .executeJs("window.print()")));
        print.setId("roster-print");
        Anchor history = new Anchor("history/session/" + sessionId, getTranslation("roster.sessionHistory"));
        history.setId("session-history");
        bar.add(csv, print, history);
        if (roster.session().seriesId() != null && roster.participants().stream().anyMatch(Participant::inCourse)) {
            Anchor register = new Anchor("course/" + roster.session().seriesId() + "/register",
                    getTranslation("course.register.link"));
            register.setId("course-register");
            bar.add(register);
        }
        return bar;
    }

    /** The CSV in the reader's language; package-private so tests can read what the download would give. */
    byte[] csv() {
        List<String> header = List.of("name", "seats", "phone", "email", "bookedAt", "state", "attendance",
                "seatsPresent").stream().map(k -> getTranslation("roster.csv." + k)).toList();
        return RosterCsv.write(rosters.roster(sessionId), header, time.zone(), this::word);
    }

    /** A state, an attendance mark or the stand-in for an erased person's name, in the reader's language. */
    private String word(Enum<?> word) {
        if (word instanceof Participant.Unnamed) {
            return getTranslation("person.erased");
        }
        return getTranslation((word instanceof Participant.State ? "roster.state." : "roster.mark.") + word.name());
    }

    /** A card per person for the screen, and the same people as one table for paper. */
    private Div list(String id, List<Participant> people, boolean waiting, boolean marking) {
        Div list = new Div();
        list.setId(id);
        if (people.isEmpty()) {
            list.add(new Paragraph(getTranslation("roster.none")));
            return list;
        }
        people.forEach(p -> list.add(participant(p, marking)));
        list.add(new PrintedRoster(id + "-printed", people, waiting, this::mark));
        return list;
    }

    private Div participant(Participant p, boolean marking) {
        Div card = new Div();
        card.addClassName("sheber-booking-card");
        card.addClassName("sheber-screen-only");
        card.setId("booking-" + p.bookingId());
        card.add(new H3(p.shownName(this::word)));
        card.add(new Paragraph(p.state() == Participant.State.WAITING ? getTranslation("roster.place", p.placeInLine())
                : getTranslation("roster.seats", p.seats())));
        if (p.state() != Participant.State.WAITING) {
            Span kind = new Span(getTranslation(p.inCourse() ? "roster.inCourse" : "roster.dropIn"));
            kind.setId("kind-" + p.bookingId());
            kind.getElement().getThemeList().add("badge" + (p.inCourse() ? "" : " contrast"));
            card.add(new Div(kind));
        }
        if (p.phone() != null && !p.phone().isBlank()) {
            Anchor call = new Anchor("tel:" + p.phone().replace(" ", ""), p.phone());
            call.setId("call-" + p.bookingId());
            card.add(new Div(call));
        }
        if (p.email() != null && !p.email().isBlank()) {
            card.add(new Div(new Anchor("mailto:" + p.email(), p.email())));
        }
        card.add(new Paragraph(getTranslation("roster.bookedAt", time.formatDateTime(p.bookedAt(), getLocale()))));
        if (p.state() == Participant.State.CANCELLED_LATE) {
            Span late = new Span(getTranslation("roster.lateCancel"));
            late.getElement().getThemeList().add("badge error");
            card.add(new Div(late));
            return card;
        }
        p.history().ifPresent(h -> {
            card.add(new Paragraph(getTranslation("roster.history", h.booked(), h.attended(), h.noShows())));
            // Staff only, like the history above: every step of this booking in the audit log
            Anchor steps = new Anchor("admin/audit?booking=" + p.reference(), getTranslation("roster.bookingHistory"));
            steps.setId("booking-history-" + p.bookingId());
            card.add(new Div(steps));
        });
        if (p.state() == Participant.State.WAITING) {
            return card;
        }
        Paragraph mark = new Paragraph(mark(p));
        mark.setId("mark-" + p.bookingId());
        card.add(mark);
        if (marking) {
            card.add(controls(p));
        }
        return card;
    }

    /** How a booking came, in the reader's language: present with how many, a no-show, cancelled late, or not yet. */
    private String mark(Participant p) {
        if (p.state() == Participant.State.CANCELLED_LATE) {
            return getTranslation("roster.lateCancel");
        }
        return p.attendance().map(a -> a.mark() == kz.sheber.roster.Attendance.Mark.PRESENT
                ? getTranslation("roster.marked.present", a.seatsPresent())
                : getTranslation("roster.marked.noShow")).orElse("");
    }

    private Toolbar controls(Participant p) {
        Toolbar controls = new Toolbar();
        controls.addClassName("sheber-no-print");
        IntegerField came = new IntegerField(getTranslation("roster.seatsCame"));
        came.setId("came-" + p.bookingId());
        came.setMin(1);
        came.setMax(p.seats());
        // What was marked, so a second look does not suggest everyone came
        came.setValue(p.attendance().filter(a -> a.mark() == kz.sheber.roster.Attendance.Mark.PRESENT)
                .map(kz.sheber.roster.Attendance::seatsPresent).orElse(p.seats()));
        came.setStepButtonsVisible(true);
        came.setWidth("9em");
        came.setVisible(p.seats() > 1);
        Button present = new Button(getTranslation("roster.present"), e -> act(() -> {
            rosters.markPresent(sessionId, p.bookingId(), came.getValue() == null ? 0 : came.getValue());
            Forms.success(this, "roster.attendance.saved");
        }));
        present.setId("present-" + p.bookingId());
        present.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button noShow = new Button(getTranslation("roster.noShow"), e -> act(() -> {
            rosters.markNoShow(sessionId, p.bookingId());
            Forms.success(this, "roster.attendance.saved");
        }));
        noShow.setId("no-show-" + p.bookingId());
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        controls.add(came, present, noShow);
        if (p.attendance().isPresent()) {
            Button undo = new Button(getTranslation("roster.undo"), e -> act(() -> rosters.undo(sessionId, p.bookingId())));
            undo.setId("undo-" + p.bookingId());
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            controls.add(undo);
        }
        return controls;
    }

    private Div messageForm(Roster roster) {
        Div form = new Div(new H2(getTranslation("roster.message.title")));
        form.addClassName("sheber-no-print");
        TextField subject = new TextField(getTranslation("roster.message.subject"));
        subject.setId("message-subject");
        subject.setWidthFull();
        LengthLimit.of(subject, 200);
        TextArea body = new TextArea(getTranslation("roster.message.body"));
        body.setId("message-body");
        body.setWidthFull();
        LengthLimit.of(body, 5000);
        Checkbox waiting = new Checkbox(getTranslation("roster.message.includeWaiting"));
        waiting.setId("message-waiting");
        Button send = new Button(getTranslation("roster.message.send"), e -> {
            try {
                int count = rosters.writeToClass(sessionId, new MessageToClass(subject.getValue(), body.getValue(),
                        waiting.getValue()));
                Forms.success(this, "roster.message.sent", count);
                refresh();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, Map.of("subject", subject, "body", body));
            }
        });
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(subject, body, waiting, new Div(send));
        if (!roster.messages().isEmpty()) {
            form.add(new H3(getTranslation("roster.message.history")));
            Div sent = new Div();
            sent.setId("messages");
            for (Roster.ClassMessage m : roster.messages()) {
                Div one = new Div(new H3(m.subject()), new Paragraph(getTranslation("roster.message.line",
                        time.formatDateTime(m.sentAt(), getLocale()), m.sentBy(), m.recipients())), new Paragraph(m.body()));
                one.addClassName("sheber-booking-card");
                one.getStyle().set("white-space", "pre-line");
                sent.add(one);
            }
            form.add(sent);
        }
        return form;
    }

    private void act(Runnable change) {
        try {
            change.run();
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
