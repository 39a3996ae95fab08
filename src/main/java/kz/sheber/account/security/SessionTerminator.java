package kz.sheber.account.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Ends every open session of a person, for example when staff disable their account. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Once the caller's transaction commits: a change that rolls back signs nobody out. */
    public void endSessionsOfAfterCommit(long personId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            endSessionsOf(personId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endSessionsOf(personId);
            }
        });
    }

    public void endSessionsOf(long personId) {
        PersonDetails key = new PersonDetails(personId, "", "", false, java.util.List.of());
        sessions.getAllSessions(key, false).forEach(session -> session.expireNow());
    }
}
