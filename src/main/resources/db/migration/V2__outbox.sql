-- Emails waiting to go out, written in the same transaction as the change that causes them and sent after
-- commit by the outbox worker. Subject and bodies are rendered at queue time: a template change or a restart
-- never changes a mail already queued. Times are UTC.
CREATE TABLE outbox_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template        VARCHAR(100)  NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    recipient_name  VARCHAR(200)  NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    text_body       MEDIUMTEXT    NOT NULL,
    html_body       MEDIUMTEXT    NOT NULL,
    -- QUEUED, SENDING (claimed by a worker until next_attempt_at, its lease), SENT or FAILED
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX outbox_mail_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files sent with a mail (a calendar invite, a roster); dropped once the mail is sent.
CREATE TABLE outbox_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mail_id      BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
