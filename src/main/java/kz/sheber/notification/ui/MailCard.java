package kz.sheber.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.LongConsumer;
import kz.sheber.base.time.CentreTime;
import kz.sheber.notification.UndeliveredMail;

/**
 * One mail that did not go out, as a card that reads on a phone: which mail and its subject, to whom, when it was
 * queued, its attempts and last error, and for a failed one "send again" (a retrying one says when it tries next).
 */
class MailCard extends Div {

    MailCard(UndeliveredMail mail, CentreTime time, LongConsumer sendAgain) {
        addClassName("sheber-booking-card");
        setId("mail-" + mail.id());
        Span state = new Span(getTranslation(
                mail.failed() ? "notification.undelivered.failed" : "notification.undelivered.retrying"));
        state.getElement().getThemeList().add(mail.failed() ? "badge error" : "badge");
        add(state, new H3(getTranslation("notification.template." + mail.template())));
        add(line("notification.undelivered.subject", mail.subject()));
        add(line(
                "notification.undelivered.to",
                mail.recipientName() == null
                        ? mail.recipient()
                        : getTranslation(
                                "notification.undelivered.nameAndAddress", mail.recipientName(), mail.recipient())));
        add(line("notification.undelivered.queued", time.formatDateTime(mail.queuedAt(), getLocale())));
        add(line("notification.undelivered.attempts", mail.attempts()));
        if (mail.lastError() != null) {
            Paragraph error = line("notification.undelivered.lastError", mail.lastError());
            error.getStyle().set("overflow-wrap", "anywhere");
            add(error);
        }
        if (mail.failed()) {
            Button again = new Button(
                    getTranslation("notification.undelivered.sendAgain"),
                    VaadinIcon.REFRESH.create(),
                    e -> sendAgain.accept(mail.id()));
            again.setId("send-again-" + mail.id());
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(again);
        } else {
            add(line("notification.undelivered.nextAttempt", time.formatDateTime(mail.nextAttemptAt(), getLocale())));
        }
    }

    private Paragraph line(String key, Object value) {
        return new Paragraph(getTranslation(key, value));
    }
}
