package kz.sheber.booking;

import java.util.Optional;
import kz.sheber.account.ResidentContact;
import kz.sheber.booking.domain.Booking;
import kz.sheber.schedule.SessionCard;

/**
 * A booking change's result with what its attempt read on the way (the session's timetable line, the person's
 * contact, a new waiting entry's place), handed from the rule to its mail and to the answer so neither reads them
 * again. Built inside one attempt's transaction and never kept: a retried attempt reads afresh.
 */
record Outcome(Booking booking, SessionCard session, Optional<ResidentContact> person, int placeInLine) {}
