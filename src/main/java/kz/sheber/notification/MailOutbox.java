package kz.sheber.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues an email in the caller's transaction; it is sent after commit by the outbox worker. */
@Service
public class MailOutbox {

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(OutgoingMail mail) {
        throw new UnsupportedOperationException("the outbox lands with the notification feature");
    }
}
