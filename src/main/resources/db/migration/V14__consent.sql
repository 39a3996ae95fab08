-- The privacy notice as it stood each time its text changed (the version is the row's id; the hash of the three
-- languages' texts tells a changed text from a restart), and each person's consent to one of those versions: the
-- proof the law asks for of what was agreed, when, in which language and how.
CREATE TABLE privacy_notice (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    text_hash    CHAR(64)    NOT NULL,
    text_kk      MEDIUMTEXT  NOT NULL,
    text_ru      MEDIUMTEXT  NOT NULL,
    text_en      MEDIUMTEXT  NOT NULL,
    published_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_privacy_notice_hash UNIQUE (text_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- channel: ONLINE (registration or a later prompt), DESK (staff confirmed the person agreed; staff_id is who),
-- INVITATION (an invited instructor or admin accepting). Consent rows are only inserted, never updated.
CREATE TABLE consent (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT      NOT NULL,
    notice_version BIGINT      NOT NULL,
    language       VARCHAR(2)  NOT NULL,
    given_at       DATETIME(6) NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    staff_id       BIGINT      NULL,
    CONSTRAINT fk_consent_notice FOREIGN KEY (notice_version) REFERENCES privacy_notice (id),
    INDEX ix_consent_person (person_id, notice_version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
