package kz.sheber.booking;

/**
 * Issue 18, the topology docs/SCALING.md recommends: two instances, both writing to node 1, nodes 2 and 3 standing
 * by with every commit; node 3 killed mid-burst and rejoined.
 */
class GaleraSingleWriterIT extends GaleraBookingRace {

    GaleraSingleWriterIT() {
        super(1, 1);
    }
}
