package kz.sheber.booking;

import org.junit.jupiter.api.Disabled;

/** Issue 18, the hardest topology: two instances, one writing to node 1, the other to node 3 (then killed). */
@Disabled("""
        Issue 18, open: with two instances writing one hot session's rows through two Galera nodes (MariaDB 10.11.19,
        galera-4 26.4.23), some bookings are answered as committed (COMMIT returned OK, also with the driver's
        forceTransactionEnd) yet are on no node right after, nor their outbox rows; the rest stays consistent
        (never oversold, the same rows on every node). Not reproduced by plain-JDBC probes of a BF-aborted
        transaction; see the galera branch's report. Enable to reproduce: 28-65 of the 400 in the first test.""")
class GaleraMultiWriterIT extends GaleraBookingRace {

    GaleraMultiWriterIT() {
        super(1, 3);
    }
}
