package kz.sheber.account.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of a person, for example when staff disable their account. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    public void endSessionsOf(long personId) {
        PersonDetails key = new PersonDetails(personId, "", "", false, java.util.List.of());
        sessions.getAllSessions(key, false).forEach(session -> session.expireNow());
    }
}
