-- Sessions ended on one app instance (an account disabled, a role removed, a password reset), for every other
-- instance to end too: each polls the recent rows every few seconds. Rows older than a few minutes are deleted.
CREATE TABLE session_end (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id BIGINT      NOT NULL,
    ended_at  DATETIME(6) NOT NULL,
    KEY session_end_recent (ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
