-- People: residents, instructors and staff. A resident booked at the desk may have no email and no password.
CREATE TABLE person (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email                VARCHAR(254) NULL,
    email_verified       BOOLEAN      NOT NULL DEFAULT FALSE,
    full_name            VARCHAR(120) NOT NULL,
    phone                VARCHAR(20)  NULL,
    language             CHAR(2)      NOT NULL,
    password_hash        VARCHAR(255) NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    reminders_enabled    BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use links sent by email (verify, reset, invitation, email change). Only a SHA-256 of the token is kept.
CREATE TABLE account_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    purpose    VARCHAR(20)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    new_email  VARCHAR(254) NULL,
    created_at DATETIME(6)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    used_at    DATETIME(6)  NULL,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins, counted per account and per address over a sliding window (shared by every app instance).
CREATE TABLE sign_in_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    remote_address VARCHAR(45)  NOT NULL,
    failed_at      DATETIME(6)  NOT NULL,
    INDEX ix_sign_in_failure_email (email, failed_at),
    INDEX ix_sign_in_failure_address (remote_address, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
