package kz.sheber.notification.domain;

/** Where a queued mail is on its way out. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    QUEUED,
    /** Claimed by a worker until its lease ends; a worker that crashed leaves it to be claimed again then. */
    SENDING,
    SENT,
    /** Gave up after the last attempt; the error is kept. */
    FAILED
}
