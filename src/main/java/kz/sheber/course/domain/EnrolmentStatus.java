package kz.sheber.course.domain;

public enum EnrolmentStatus {
    ACTIVE,
    WAITING,
    LEFT,
    ENDED
}
