package kz.sheber.notification;

import java.time.Instant;

/**
 * A mail that has not reached its recipient: given up after the last attempt ({@code failed}), or waiting to try
 * again after a failed attempt. {@code template} names which mail it is ({@code verify-email}, ...).
 */
public record UndeliveredMail(
        long id,
        Instant queuedAt,
        String recipient,
        String recipientName,
        String template,
        String subject,
        boolean failed,
        int attempts,
        String lastError,
        Instant nextAttemptAt) {}
