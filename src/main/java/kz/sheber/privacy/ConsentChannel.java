package kz.sheber.privacy;

/** How a consent was given: what the proof of it rests on. */
public enum ConsentChannel {
    /** The person ticked the box themselves: at registration, or when asked again after the notice changed. */
    ONLINE,
    /** Staff (or the class's instructor at the door) confirmed the person agreed; the consent names them. */
    DESK,
    /** An invited instructor or admin ticked the box when setting their password. */
    INVITATION
}
