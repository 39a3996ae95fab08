-- A weekly series may be offered as a course: residents enrol once for all its remaining dates (issue 16).
-- The schedule owns how a series is offered; the course feature owns who is enrolled.
ALTER TABLE session_series
    ADD COLUMN course           BOOLEAN NOT NULL DEFAULT FALSE,
    -- Single dates of a course may also be booked when seats are left over
    ADD COLUMN drop_in          BOOLEAN NOT NULL DEFAULT FALSE,
    -- Late enrolment is open until this date of the course starts (1 = only before the first date)
    ADD COLUMN enrol_until_date INT     NOT NULL DEFAULT 2,
    ADD CONSTRAINT ck_series_enrol_until CHECK (enrol_until_date >= 1);

-- A booking that holds one date's seats for a course enrolment (the course feature's id; no foreign key, since
-- booking does not depend on the course feature). missed_by_notice: the participant said they will miss it.
ALTER TABLE booking
    ADD COLUMN course_enrolment_id BIGINT  NULL,
    ADD COLUMN missed_by_notice    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_booking_course_enrolment (course_enrolment_id, session_id);
