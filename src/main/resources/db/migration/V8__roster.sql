-- Attendance: at most one mark per booking. PRESENT with how many of the booking's seats came, or NO_SHOW.
-- The session's start is copied in so a resident's history over the last 90 days is one indexed count.
CREATE TABLE attendance (
    booking_id        BIGINT      NOT NULL PRIMARY KEY,
    session_id        BIGINT      NOT NULL,
    person_id         BIGINT      NOT NULL,
    session_starts_at DATETIME(6) NOT NULL,
    status            VARCHAR(10) NOT NULL,
    seats_present     INT         NOT NULL,
    marked_at         DATETIME(6) NOT NULL,
    marked_by         BIGINT      NOT NULL,
    CONSTRAINT fk_attendance_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES workshop_session (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'NO_SHOW')),
    CONSTRAINT ck_attendance_seats CHECK (seats_present >= 0),
    INDEX ix_attendance_person (person_id, session_starts_at),
    INDEX ix_attendance_session (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an instructor wrote to a class, kept with the session; the mails themselves go through the outbox.
CREATE TABLE class_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT       NOT NULL,
    sent_by         BIGINT       NOT NULL,
    sent_by_name    VARCHAR(200) NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    include_waiting BOOLEAN      NOT NULL,
    recipients      INT          NOT NULL,
    CONSTRAINT fk_class_message_session FOREIGN KEY (session_id) REFERENCES workshop_session (id),
    INDEX ix_class_message_session (session_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
