package kz.sheber.roster;

/**
 * No such session, or not one the caller teaches: the same answer for both, so nobody learns which sessions exist
 * by trying numbers.
 */
public class RosterNotFound extends RuntimeException {

    public RosterNotFound(long sessionId) {
        super("No roster " + sessionId + " for the caller");
    }
}
