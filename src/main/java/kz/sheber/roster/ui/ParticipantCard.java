package kz.sheber.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.Toolbar;
import kz.sheber.roster.Attendance;
import kz.sheber.roster.Participant;
import kz.sheber.roster.RosterService;

/**
 * One person on a roster, as a card for the screen: name, seats or place in line, how to reach them, when they
 * booked, their recent record (staff only) and, while attendance is open, the buttons that mark how they came.
 * After a mark it hands back to the roster ({@code afterMark}), which reads the counts again.
 */
class ParticipantCard extends Div {

    private final RosterService rosters;
    private final long sessionId;
    private final Participant p;
    private final Runnable afterMark;

    ParticipantCard(
            RosterService rosters,
            CentreTime time,
            long sessionId,
            Participant p,
            boolean marking,
            Runnable afterMark) {
        this.rosters = rosters;
        this.sessionId = sessionId;
        this.p = p;
        this.afterMark = afterMark;
        addClassName("sheber-booking-card");
        addClassName("sheber-screen-only");
        setId("booking-" + p.bookingId());
        add(new H3(p.shownName(word -> RosterWords.word(this, word))));
        add(new Paragraph(
                p.state() == Participant.State.WAITING
                        ? getTranslation("roster.place", p.placeInLine())
                        : getTranslation("roster.seats", p.seats())));
        if (p.state() != Participant.State.WAITING) {
            Span kind = new Span(getTranslation(p.inCourse() ? "roster.inCourse" : "roster.dropIn"));
            kind.setId("kind-" + p.bookingId());
            kind.getElement().getThemeList().add("badge" + (p.inCourse() ? "" : " contrast"));
            add(new Div(kind));
        }
        if (p.phone() != null && !p.phone().isBlank()) {
            Anchor call = new Anchor("tel:" + p.phone().replace(" ", ""), p.phone());
            call.setId("call-" + p.bookingId());
            add(new Div(call));
        }
        if (p.email() != null && !p.email().isBlank()) {
            add(new Div(new Anchor("mailto:" + p.email(), p.email())));
        }
        add(new Paragraph(getTranslation("roster.bookedAt", time.formatDateTime(p.bookedAt(), getLocale()))));
        if (p.state() == Participant.State.CANCELLED_LATE) {
            Span late = new Span(getTranslation("roster.lateCancel"));
            late.getElement().getThemeList().add("badge error");
            add(new Div(late));
            return;
        }
        p.history().ifPresent(h -> {
            add(new Paragraph(getTranslation("roster.history", h.booked(), h.attended(), h.noShows())));
            // Staff only, like the history above: every step of this booking in the audit log
            Anchor steps = new Anchor("admin/audit?booking=" + p.reference(), getTranslation("roster.bookingHistory"));
            steps.setId("booking-history-" + p.bookingId());
            add(new Div(steps));
        });
        if (p.state() == Participant.State.WAITING) {
            return;
        }
        Paragraph mark = new Paragraph(RosterWords.mark(this, p));
        mark.setId("mark-" + p.bookingId());
        add(mark);
        if (marking) {
            add(controls());
        }
    }

    private Toolbar controls() {
        Toolbar controls = new Toolbar();
        controls.addClassName("sheber-no-print");
        IntegerField came = new IntegerField(getTranslation("roster.seatsCame"));
        came.setId("came-" + p.bookingId());
        came.setMin(1);
        came.setMax(p.seats());
        // What was marked, so a second look does not suggest everyone came
        came.setValue(p.attendance()
                .filter(a -> a.mark() == Attendance.Mark.PRESENT)
                .map(Attendance::seatsPresent)
                .orElse(p.seats()));
        came.setStepButtonsVisible(true);
        came.setWidth("9em");
        came.setVisible(p.seats() > 1);
        Button present = new Button(
                getTranslation("roster.present"),
                e -> act(() -> {
                    rosters.markPresent(sessionId, p.bookingId(), came.getValue() == null ? 0 : came.getValue());
                    Forms.success(this, "roster.attendance.saved");
                }));
        present.setId("present-" + p.bookingId());
        present.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button noShow = new Button(
                getTranslation("roster.noShow"),
                e -> act(() -> {
                    rosters.markNoShow(sessionId, p.bookingId());
                    Forms.success(this, "roster.attendance.saved");
                }));
        noShow.setId("no-show-" + p.bookingId());
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        controls.add(came, present, noShow);
        if (p.attendance().isPresent()) {
            Button undo =
                    new Button(getTranslation("roster.undo"), e -> act(() -> rosters.undo(sessionId, p.bookingId())));
            undo.setId("undo-" + p.bookingId());
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            controls.add(undo);
        }
        return controls;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInput problem) {
            Forms.error(this, problem.firstMessageKey());
        }
        afterMark.run();
    }
}
