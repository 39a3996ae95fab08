package kz.sheber.booking;

import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Which sessions the signed-in person may act on as their instructor: an instructor their own, staff all. */
@Component
class TaughtSessions {

    private final TimetableService schedule;
    private final ResidentDirectory residents;

    TaughtSessions(TimetableService schedule, ResidentDirectory residents) {
        this.schedule = schedule;
        this.residents = residents;
    }

    /** The session's timetable line, if the caller teaches it or is staff; refused otherwise. */
    SessionCard requireTeachesOrStaff(long sessionId) {
        SessionCard card = schedule.card(sessionId).orElseThrow(() -> InvalidInput.form("booking.session.gone"));
        if (!residents.signedInIsSelfOrStaff(card.instructorId())) {
            throw new AccessDeniedException("not this instructor's session");
        }
        return card;
    }
}
