package kz.sheber.booking;

import org.jspecify.annotations.Nullable;

/**
 * Seats wanted in a session. {@code joinWaitingListIfFull} says what to do when they do not fit;
 * {@code sessionVersion} is the session's version the page showed (null: do not check), so a session staff
 * changed meanwhile is not booked blind.
 */
public record BookingRequest(long sessionId, int seats, boolean joinWaitingListIfFull, @Nullable Long sessionVersion) {}
