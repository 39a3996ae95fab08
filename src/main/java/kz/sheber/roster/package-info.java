/**
 * Instructors' rosters: who is booked and waiting for a session, attendance (present with how many came, or
 * no-show), residents' attendance histories for staff, the CSV export and messages to the class through the
 * outbox. {@link kz.sheber.roster.RosterService} is the public face and decides who may read which roster.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster")
@NullMarked
package kz.sheber.roster;

import org.jspecify.annotations.NullMarked;
