package kz.sheber.admin.domain;

import java.time.Instant;
import java.time.ZoneId;
import kz.sheber.admin.FigureFilter;

/** The sessions a figure is about: starting in [from, to) and matching the filter, seen from the centre's zone. */
public record SessionScope(Instant from, Instant to, ZoneId zone, FigureFilter filter) {

    /** Only sessions already started have been held; the rest of a current period is still to come. */
    SessionScope heldBy(Instant now) {
        Instant until = now.isBefore(to) ? now : to;
        return new SessionScope(from, until.isBefore(from) ? from : until, zone, filter);
    }
}
