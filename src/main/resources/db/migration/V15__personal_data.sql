-- Erasure and retention. An erased person keeps their row (bookings and attendance point at it, so the centre's
-- figures stay true) with every personal field emptied; erased_at says so and keeps them out of every list.
-- last_signed_in_at lets retention find residents who have not been seen for a long time.
ALTER TABLE person
    ADD COLUMN erased_at DATETIME(6) NULL,
    ADD COLUMN last_signed_in_at DATETIME(6) NULL,
    ADD INDEX ix_person_erased (erased_at);

-- Why a person was erased and on whose word: counts and ids only, never a name. by_person is NULL when the
-- person asked themselves (online) or the retention job did it (then reason is 'retention').
CREATE TABLE person_erasure (
    person_id BIGINT       NOT NULL PRIMARY KEY,
    erased_at DATETIME(6)  NOT NULL,
    channel   VARCHAR(10)  NOT NULL,
    by_person BIGINT       NULL,
    reason    VARCHAR(500) NOT NULL,
    CONSTRAINT fk_person_erasure_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_person_erasure_channel CHECK (channel IN ('ONLINE', 'DESK', 'SYSTEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The retention job destroys the text of old class messages; the row (who sent how many, when) stays.
ALTER TABLE class_message ADD COLUMN text_destroyed_at DATETIME(6) NULL, ADD INDEX ix_class_message_sent (sent_at);
