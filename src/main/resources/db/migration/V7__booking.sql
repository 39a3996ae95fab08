-- Bookings and the waiting list in one table: a row is WAITING (on the list), CONFIRMED (holding seats) or
-- CANCELLED. workshop_session.booked_seats is the sum of the CONFIRMED rows' seats, kept by conditional UPDATEs
-- under the session's row lock in the same transaction as the row changes.
CREATE TABLE booking (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference      CHAR(6)     NOT NULL,
    session_id     BIGINT      NOT NULL,
    person_id      BIGINT      NOT NULL,
    seats          INT         NOT NULL,
    status         VARCHAR(20) NOT NULL,
    -- Arrival order within the session, given out under the session's row lock: the waiting list's order
    arrival        INT         NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    confirmed_at   DATETIME(6) NULL,
    cancelled_at   DATETIME(6) NULL,
    cancelled_by   VARCHAR(20) NULL, -- RESIDENT, STAFF or CENTRE (the session itself was cancelled)
    late_cancel    BOOLEAN     NOT NULL DEFAULT FALSE,
    booked_by      BIGINT      NULL, -- staff member who booked at the desk
    ics_sequence   INT         NOT NULL DEFAULT 0,
    reminded_at    DATETIME(6) NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    -- Only live rows take part in "one booking per person per session"; cancelled ones stay as history
    active_session BIGINT AS (IF(status <> 'CANCELLED', session_id, NULL)) PERSISTENT,
    CONSTRAINT uq_booking_reference UNIQUE (reference),
    CONSTRAINT uq_booking_one_per_person UNIQUE (person_id, active_session),
    CONSTRAINT uq_booking_arrival UNIQUE (session_id, arrival),
    CONSTRAINT fk_booking_session FOREIGN KEY (session_id) REFERENCES workshop_session (id),
    CONSTRAINT fk_booking_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_booking_seats CHECK (seats >= 1),
    CONSTRAINT ck_booking_status CHECK (status IN ('WAITING', 'CONFIRMED', 'CANCELLED')),
    INDEX ix_booking_session_status (session_id, status, arrival),
    INDEX ix_booking_reminder (status, reminded_at, session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A resident's private calendar address. The token is kept as is so the resident can copy the address again;
-- it only reads their own bookings, and resetting it cuts off every calendar that followed the old one.
CREATE TABLE calendar_feed (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    token      CHAR(32)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
