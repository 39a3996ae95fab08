package kz.sheber.schedule.domain;

public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
