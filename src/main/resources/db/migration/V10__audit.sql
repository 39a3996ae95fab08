-- The audit trail: one row per change that matters, written in the same transaction as the change. The app only
-- inserts rows (and deletes them after the retention period); people are referenced by id, never copied in, so
-- erasing a person leaves their entries with the anonymous label and nothing personal to scrub.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    -- who: a person, or NULL with the system job's name in actor_job
    actor_id    BIGINT       NULL,
    actor_job   VARCHAR(40)  NULL,
    -- from where: ONLINE, DESK, DOOR or SYSTEM
    channel     VARCHAR(10)  NOT NULL,
    -- a stable name such as booking.cancelled or session.moved
    action      VARCHAR(60)  NOT NULL,
    object_type VARCHAR(20)  NOT NULL,
    object_id   VARCHAR(40)  NOT NULL,
    -- whose record it is (the booking's resident, the account's person); NULL for the catalogue and the schedule
    subject_id  BIGINT       NULL,
    -- the session it belongs to, for a session's history and an instructor's own view
    session_id  BIGINT       NULL,
    -- before and after of the fields that changed, as a JSON object; never a password, a token or a mail body
    changes     TEXT         NULL,
    INDEX ix_audit_at (at),
    INDEX ix_audit_subject (subject_id, at),
    INDEX ix_audit_actor (actor_id, at),
    INDEX ix_audit_session (session_id, at),
    INDEX ix_audit_object (object_type, object_id, at),
    INDEX ix_audit_action (action, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Daily jobs (audit retention, and later backups and data retention) claim their day here before they act: the
-- primary key lets one instance of many win the claim, committed before the work, so a job runs once per day.
CREATE TABLE daily_job_run (
    job        VARCHAR(40) NOT NULL,
    run_date   DATE        NOT NULL,
    claimed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (job, run_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
