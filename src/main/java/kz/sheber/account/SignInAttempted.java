package kz.sheber.account;

import org.jspecify.annotations.Nullable;

/**
 * Someone tried to sign in, published after the attempt (outside any transaction), for the audit trail.
 *
 * @param personId the account the email belongs to; null when it belongs to nobody (nothing is recorded then)
 * @param address the client's address as the trusted proxy reported it
 */
public record SignInAttempted(@Nullable Long personId, Outcome outcome, String address) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        THROTTLED
    }
}
