package kz.sheber.course;

/** Where an enrolment stands: in the course, on its waiting list, left it, or ended by the centre. */
public enum EnrolmentState {
    ACTIVE,
    WAITING,
    LEFT,
    ENDED
}
