package kz.sheber.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.Submit;
import kz.sheber.roster.MessageToClass;
import kz.sheber.roster.Roster;
import kz.sheber.roster.RosterService;

/**
 * A message to everyone booked on a session (and, if ticked, the waiting list), with the copies sent so far.
 * Built once per roster: marking attendance meanwhile only refreshes the copies, so a half-written message stays.
 */
class MessageForm extends Div {

    private final CentreTime time;
    private final Div history = new Div();

    MessageForm(RosterService rosters, CentreTime time, long sessionId, Runnable afterSend) {
        this.time = time;
        add(new H2(getTranslation("roster.message.title")));
        addClassName("sheber-no-print");
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
        Button send = Submit.onClick(new Button(getTranslation("roster.message.send")), () -> {
            try {
                int count = rosters.writeToClass(
                        sessionId, new MessageToClass(subject.getValue(), body.getValue(), waiting.getValue()));
                Forms.success(this, "roster.message.sent", count);
                subject.clear();
                body.clear();
                waiting.clear();
                afterSend.run();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, Map.of("subject", subject, "body", body));
            }
        });
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(subject, body, waiting, new Div(send), history);
    }

    /** The copies sent to this class so far, newest as the roster lists them. */
    void showSent(List<Roster.ClassMessage> messages) {
        history.removeAll();
        if (messages.isEmpty()) {
            return;
        }
        history.add(new H3(getTranslation("roster.message.history")));
        Div sent = new Div();
        sent.setId("messages");
        for (Roster.ClassMessage m : messages) {
            Div one = new Div(
                    new H3(m.subject()),
                    new Paragraph(getTranslation(
                            "roster.message.line",
                            time.formatDateTime(m.sentAt(), getLocale()),
                            m.sentBy(),
                            m.recipients())),
                    new Paragraph(m.body()));
            one.addClassName("sheber-booking-card");
            one.getStyle().set("white-space", "pre-line");
            sent.add(one);
        }
        history.add(sent);
    }
}
