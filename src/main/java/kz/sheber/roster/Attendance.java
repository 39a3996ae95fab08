package kz.sheber.roster;

/** A booking's attendance mark: {@code seatsPresent} of its seats came, or it was a no-show (0). */
public record Attendance(Mark mark, int seatsPresent) {

    public enum Mark {
        PRESENT,
        NO_SHOW
    }
}
