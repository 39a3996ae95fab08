package kz.sheber.roster;

import java.time.Instant;
import java.util.List;
import kz.sheber.schedule.SessionCard;

/**
 * A session's roster: those holding seats and those who cancelled late (in booking order), the waiting list in
 * its order, whether attendance may be marked now, and the messages sent to the class, newest first.
 */
public record Roster(
        SessionCard session,
        List<Participant> participants,
        List<Participant> waiting,
        boolean attendanceOpen,
        List<ClassMessage> messages) {

    public record ClassMessage(
            Instant sentAt, String sentBy, String subject, String body, boolean includedWaiting, int recipients) {}
}
