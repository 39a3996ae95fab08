package kz.sheber.notification.domain;

import java.time.Instant;
import java.util.List;

/**
 * A sender's claims and results as plain SQL, a few statements a batch, part of {@link OutboxMailRepository}: the
 * entities cost a load of every row with its bodies, a query for each mail's files, an UPDATE for each claim and a
 * transaction for each result. Every result is conditional on the version the claim gave the row, so a sender whose
 * lease ran out (and whose mail another sender has claimed since) changes nothing.
 */
public interface OutboxClaims {

    /** A claimed mail as the sender needs it: {@code version} is the claim's own. */
    record Claim(
            long id,
            long version,
            String template,
            String recipient,
            String recipientName,
            String subject,
            String textBody,
            String htmlBody,
            Instant createdAt,
            Instant leaseEnd,
            List<File> files) {}

    record File(String fileName, String contentType, byte[] content) {}

    /** A claim that went out, by the version its claim gave it; {@code hadFiles} when it had any. */
    record Sent(long id, long version, boolean hadFiles) {}

    /**
     * Locks up to {@code limit} due mails (skipping rows another sender holds), marks them SENDING until
     * {@code leaseEnd} and returns them. Mail left SENDING by a sender whose lease ran out goes first, then queued
     * mail by due time: each status is one range of the {@code (status, next_attempt_at)} index read in order, so
     * the scan stops at {@code limit} rows. (One query for both statuses had to sort every due row, with its bodies,
     * and so locked them all: a sender claiming at the same moment found nothing left and stopped.) Runs in the
     * caller's transaction, which must commit the claim before anything is sent.
     */
    List<Claim> claim(Instant now, Instant leaseEnd, int limit);

    /**
     * Records mails as SENT, each only if it still has the version its claim gave it, and drops their files (in
     * the recipients' inboxes now; keeping them only fills the database). Returns the ids another sender had claimed
     * since, which are left alone. Runs in the caller's transaction: one commit for a whole batch.
     */
    List<Long> recordSent(List<Sent> sent, Instant now);
}
