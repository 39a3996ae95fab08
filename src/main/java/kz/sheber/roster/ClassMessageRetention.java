package kz.sheber.roster;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.roster.domain.ClassMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's part of erasure and retention: an erased instructor's name leaves their messages, and the text of
 * old messages is destroyed (who wrote to how many people, and when, stays). Staff or the daily job only.
 */
@Service
public class ClassMessageRetention {

    private final ClassMessages messages;
    private final ResidentDirectory people;
    private final Clock clock;

    ClassMessageRetention(ClassMessages messages, ResidentDirectory people, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.clock = clock;
    }

    /** In the erasure's transaction; the person themselves, staff or the retention job. */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetSender(long personId) {
        people.requireSelfStaffOrJob(personId);
        return messages.forgetSender(personId);
    }

    /** One batch in its own short transaction; returns how many messages lost their text. */
    @PermitAll
    @Transactional
    public int destroyTextsSentBefore(Instant before, int batch) {
        people.requireSelfStaffOrJob(-1);
        return messages.destroyTextsBefore(before, clock.instant(), batch);
    }
}
