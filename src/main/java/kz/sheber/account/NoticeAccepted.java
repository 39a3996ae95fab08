package kz.sheber.account;

import org.jspecify.annotations.Nullable;

/**
 * A person agreed to the centre's privacy notice on their way in, published inside the transaction that created
 * or activated the account; the privacy feature records it against the version in force, so an account cannot
 * commit without its consent.
 *
 * @param language the language the person reads (and was shown the notice in)
 * @param staffId the member of staff who confirmed the person agreed, for {@link How#DESK}
 */
public record NoticeAccepted(
        long personId, String language, How how, @Nullable Long staffId) {

    public enum How {
        /** Ticked the box when registering. */
        ONLINE,
        /** Staff booking for someone who phoned or walked in confirmed that the person agreed. */
        DESK,
        /** Ticked the box when accepting an invitation. */
        INVITATION
    }
}
