package kz.sheber.notification;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import kz.sheber.notification.domain.OutboxInserts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues an email in the caller's transaction; it is sent after commit by the outbox worker. */
@Service
public class MailOutbox {

    private final OutboxInserts inserts;
    private final MailTemplates templates;
    private final OutboxWorker worker;
    private final Clock clock;

    MailOutbox(OutboxInserts inserts, MailTemplates templates, OutboxWorker worker, Clock clock) {
        this.inserts = inserts;
        this.templates = templates;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Renders the mail now and writes it with the caller's change, so both commit or neither does. Fails (and so
     * rolls the caller back) when the template is missing or a value it needs is not given.
     */
    @PermitAll // only inside the transaction of another feature's service, which has checked its caller; no view
    @Transactional(propagation = Propagation.MANDATORY) // written atomically with the change that causes it
    public void queue(OutgoingMail mail) {
        RenderedMail rendered = templates.render(mail);
        long id = inserts.queue(
                mail.template(),
                mail.to(),
                mail.recipientName(),
                rendered.language().toLanguageTag(),
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                clock.instant());
        mail.attachments().forEach(a -> inserts.attach(id, a.fileName(), a.contentType(), a.content()));
        worker.sendAfterCommit();
    }
}
