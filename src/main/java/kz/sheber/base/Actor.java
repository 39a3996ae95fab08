package kz.sheber.base;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who changes a booking or an enrolment. The ownership check follows from the type, so no missing id can stand
 * for "staff, do not check": a resident reaches only their own; staff at the desk and the centre's own jobs
 * reach anyone's.
 */
public sealed interface Actor {

    /** A signed-in resident acting for themselves. */
    record Resident(long personId) implements Actor {}

    /** Staff at the desk, acting for anyone. */
    record Staff(long staffId) implements Actor {}

    /** The centre's own background work (retention's erasure), run with nobody signed in. */
    record Centre() implements Actor {}

    /** Whether this actor may change what {@code ownerId} holds: a resident only their own, anyone else all. */
    default boolean reaches(long ownerId) {
        return !(this instanceof Resident resident) || resident.personId() == ownerId;
    }

    /** Whether it is the centre (staff or a job) acting rather than the person themselves. */
    default boolean forSomeoneElse() {
        return !(this instanceof Resident);
    }

    /**
     * What a booking or an enrolment stores as who made it ({@code booked_by}): the staff member's id, or an empty
     * column when the person did it themselves (or the centre did).
     */
    default @Nullable Long bookedBy() {
        return this instanceof Staff staff ? staff.staffId() : null;
    }

    /**
     * Who acts on {@code personId}'s records once the caller was let through as the person themselves, staff or a
     * job (erasure): the person, the signed-in staff member, or the centre when nobody is signed in.
     */
    static Actor onRecordOf(long personId, Optional<Long> signedInId) {
        return signedInId
                .<Actor>map(id -> id == personId ? new Resident(id) : new Staff(id))
                .orElseGet(Centre::new);
    }
}
