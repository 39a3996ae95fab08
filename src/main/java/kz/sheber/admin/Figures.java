package kz.sheber.admin;

/**
 * The headline figures of a period. Residents are those holding a booking in a held session; first-time ones had
 * no booking in any earlier held session of the centre. Unmet people waited for a held session and never got a
 * seat; centre cancellations are sessions of the period the centre called off.
 */
public record Figures(
        Tally tally, long residents, long firstTimeResidents, long unmetPeople, long centreCancellations) {

    public static final Figures NONE = new Figures(Tally.NONE, 0, 0, 0, 0);
}
