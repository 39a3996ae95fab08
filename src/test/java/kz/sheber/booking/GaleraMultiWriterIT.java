package kz.sheber.booking;

/**
 * Issue 18, the hardest topology: two instances, one writing to node 1, the other to node 3 (then killed). This is
 * the test that found Galera rolling a booking back without telling the client (see the app's SilentRollbackGuard):
 * before the guard, 28-65 of the 400 in the first test were told "booked" of a booking on no node.
 */
class GaleraMultiWriterIT extends GaleraBookingRace {

    GaleraMultiWriterIT() {
        super(1, 3);
    }
}
