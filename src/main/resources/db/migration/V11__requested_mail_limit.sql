-- Mails a stranger can make Sheber send to an address (a password-reset link, "you already have an account"),
-- counted per address over the last hour so nobody can flood a resident's inbox. Shared by every app instance;
-- only a SHA-256 of the address is kept, and rows older than the window are deleted hourly.
CREATE TABLE requested_mail (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_hash CHAR(64)    NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    INDEX ix_requested_mail_recipient (recipient_hash, sent_at),
    INDEX ix_requested_mail_sent (sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
