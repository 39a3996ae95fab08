-- Sessions (one workshop at one time in one room with one instructor) and the weekly series that create them.
-- Times are UTC instants; the centre's zone is applied when they are entered and shown.
CREATE TABLE session_series (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id   BIGINT      NOT NULL,
    room_id       BIGINT      NOT NULL,
    instructor_id BIGINT      NOT NULL,
    capacity      INT         NOT NULL,
    weekdays      VARCHAR(60) NOT NULL, -- e.g. MONDAY,THURSDAY
    first_date    DATE        NOT NULL,
    last_date     DATE        NOT NULL,
    start_time    TIME        NOT NULL, -- in the centre's zone
    minutes       INT         NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_series_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT fk_series_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_series_instructor FOREIGN KEY (instructor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_series_skipped (
    series_id    BIGINT NOT NULL,
    skipped_date DATE   NOT NULL,
    PRIMARY KEY (series_id, skipped_date),
    CONSTRAINT fk_series_skipped_series FOREIGN KEY (series_id) REFERENCES session_series (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- booked_seats is counted by the booking feature with a conditional UPDATE; this feature never writes it.
CREATE TABLE workshop_session (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id    BIGINT       NOT NULL,
    room_id        BIGINT       NOT NULL,
    instructor_id  BIGINT       NOT NULL,
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    capacity       INT          NOT NULL,
    booked_seats   INT          NOT NULL DEFAULT 0,
    status         VARCHAR(20)  NOT NULL,
    cancel_reason  VARCHAR(500) NULL,
    series_id      BIGINT       NULL,
    edited_by_hand BOOLEAN      NOT NULL DEFAULT FALSE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id),
    CONSTRAINT fk_session_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_session_instructor FOREIGN KEY (instructor_id) REFERENCES person (id),
    CONSTRAINT fk_session_series FOREIGN KEY (series_id) REFERENCES session_series (id),
    CONSTRAINT ck_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_session_seats CHECK (booked_seats >= 0 AND booked_seats <= capacity),
    -- The timetable pages through upcoming scheduled sessions by start; conflicts look up a room's or an instructor's day
    INDEX ix_session_status_start (status, starts_at),
    INDEX ix_session_start (starts_at),
    INDEX ix_session_room_start (room_id, starts_at),
    INDEX ix_session_instructor_start (instructor_id, starts_at),
    INDEX ix_session_series_start (series_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
