-- Course enrolments and the course waiting list in one table: ACTIVE (holds seats on every remaining date
-- through booking rows), WAITING (on the course's waiting list), LEFT (left or removed) or ENDED (the centre
-- cancelled the course).
CREATE TABLE course_enrolment (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id     BIGINT      NOT NULL,
    person_id     BIGINT      NOT NULL,
    seats         INT         NOT NULL,
    status        VARCHAR(20) NOT NULL,
    -- Arrival order within the course, given out under the course's lock row: the waiting list's order
    arrival       INT         NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    enrolled_at   DATETIME(6) NULL,
    ended_at      DATETIME(6) NULL,
    booked_by     BIGINT      NULL, -- staff member who enrolled them at the desk
    ics_sequence  INT         NOT NULL DEFAULT 0,
    version       BIGINT      NOT NULL DEFAULT 0,
    active_series BIGINT AS (IF(status IN ('ACTIVE', 'WAITING'), series_id, NULL)) PERSISTENT,
    CONSTRAINT uq_course_enrolment_one_per_person UNIQUE (person_id, active_series),
    CONSTRAINT uq_course_enrolment_arrival UNIQUE (series_id, arrival),
    CONSTRAINT fk_course_enrolment_series FOREIGN KEY (series_id) REFERENCES session_series (id),
    CONSTRAINT fk_course_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_course_enrolment_seats CHECK (seats >= 1),
    CONSTRAINT ck_course_enrolment_status CHECK (status IN ('ACTIVE', 'WAITING', 'LEFT', 'ENDED')),
    INDEX ix_course_enrolment_series (series_id, status, arrival)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per course, locked first by every enrolment, leave and promotion of that course (then the dates'
-- session rows in id order), so one course's changes happen one after another on every app instance.
CREATE TABLE course_lock (
    series_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_course_lock_series FOREIGN KEY (series_id) REFERENCES session_series (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
