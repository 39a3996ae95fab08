package kz.sheber.course;

import org.jspecify.annotations.Nullable;

/**
 * One step in a course enrolment's life, published inside the transaction that takes it (the audit trail
 * records it there). {@code sessionId} is the date a MISSED_DATE step is about, else null.
 */
public record EnrolmentChanged(
        long enrolmentId,
        long seriesId,
        long personId,
        Step step,
        int seats,
        @Nullable Long sessionId,
        boolean byStaff) {

    public enum Step {
        ENROLLED,
        JOINED_WAITING_LIST,
        PROMOTED,
        MISSED_DATE,
        LEFT,
        LEFT_WAITING_LIST,
        ENDED_WITH_COURSE
    }
}
