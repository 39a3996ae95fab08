/**
 * The audit trail: who did what, when and from where, for bookings, the schedule and accounts. Other features
 * publish what happened ({@code BookingChanged}, {@code SessionChanged}, ...); the recorders here write one entry
 * per change inside the publishing transaction, so a rolled-back change leaves none. Entries are only inserted,
 * never updated; {@link kz.sheber.audit.AuditService} shows them to staff, to instructors for their own sessions
 * and to residents for their own bookings, and a daily job removes those past {@code sheber.audit.keep}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@NullMarked
package kz.sheber.audit;

import org.jspecify.annotations.NullMarked;
