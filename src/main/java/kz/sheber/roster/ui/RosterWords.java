package kz.sheber.roster.ui;

import com.vaadin.flow.component.Component;
import kz.sheber.roster.Attendance;
import kz.sheber.roster.Participant;

/** The roster's words in the reader's language, shared by the cards, the printed table and the CSV. */
final class RosterWords {

    private RosterWords() {}

    /** A state, an attendance mark or the stand-in for an erased person's name. */
    static String word(Component reader, Enum<?> word) {
        if (word instanceof Participant.Unnamed) {
            return reader.getTranslation("person.erased");
        }
        return reader.getTranslation(
                (word instanceof Participant.State ? "roster.state." : "roster.mark.") + word.name());
    }

    /** How a booking came: present with how many, a no-show, cancelled late, or not yet (empty). */
    static String mark(Component reader, Participant p) {
        if (p.state() == Participant.State.CANCELLED_LATE) {
            return reader.getTranslation("roster.lateCancel");
        }
        return p.attendance()
                .map(a -> a.mark() == Attendance.Mark.PRESENT
                        ? reader.getTranslation("roster.marked.present", a.seatsPresent())
                        : reader.getTranslation("roster.marked.noShow"))
                .orElse("");
    }
}
