package kz.sheber.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.sheber.account.InstructorDirectory;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.domain.PlanningLocks;
import kz.sheber.schedule.domain.Session;
import kz.sheber.schedule.domain.SessionRepository;
import kz.sheber.schedule.domain.SessionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** What every session must satisfy: sensible times, a capacity the room holds, and no room or instructor clash. */
@Component
class SessionRules {

    /** No session is longer than this, which lets the overlap queries stay on a short index range. */
    static final Duration LONGEST = Duration.ofHours(12);

    private final SessionRepository sessions;
    private final CatalogueService catalogue;
    private final InstructorDirectory instructors;
    private final CentreTime time;

    SessionRules(
            SessionRepository sessions,
            CatalogueService catalogue,
            InstructorDirectory instructors,
            CentreTime time,
            PlanningLocks locks) {
        this.locks = locks;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.instructors = instructors;
        this.time = time;
    }

    private final PlanningLocks locks;

    ZoneId zone() {
        return time.zone();
    }

    @Nullable
    WorkshopDetails workshop(@Nullable Long id) {
        return id == null ? null : catalogue.workshop(id).orElse(null);
    }

    WorkshopDetails requireWorkshop(@Nullable Long id) {
        WorkshopDetails workshop = workshop(id);
        if (workshop == null) {
            throw InvalidInput.field("workshop", "schedule.workshop.required");
        }
        return workshop;
    }

    RoomDetails requireRoom(@Nullable Long id) {
        return (id == null ? null : catalogue.room(id).orElse(null)) instanceof RoomDetails room
                ? room
                : fail("room", "schedule.room.required");
    }

    InstructorSummary requireInstructor(@Nullable Long id) {
        return (id == null ? null : instructors.instructor(id).orElse(null)) instanceof InstructorSummary person
                ? person
                : fail("instructor", "schedule.instructor.required");
    }

    /** The start as an instant; it must lie in the future. */
    Instant start(@Nullable LocalDateTime start) {
        if (start == null) {
            throw InvalidInput.field("start", "schedule.start.required");
        }
        Instant instant = start.atZone(zone()).toInstant();
        if (!instant.isAfter(time.now())) {
            throw InvalidInput.field("start", "schedule.start.past");
        }
        return instant;
    }

    Instant end(Instant start, @Nullable LocalDateTime end, WorkshopDetails workshop) {
        Instant instant = end == null
                ? start.plus(Duration.ofMinutes(workshop.durationMinutes()))
                : end.atZone(zone()).toInstant();
        if (!instant.isAfter(start)) {
            throw InvalidInput.field("end", "schedule.end.beforeStart");
        }
        if (Duration.between(start, instant).compareTo(LONGEST) > 0) {
            throw InvalidInput.field("end", "schedule.end.tooLong");
        }
        return instant;
    }

    /** The capacity to use: the one asked for, or the workshop's default up to what the room seats. */
    int capacity(@Nullable Integer asked, WorkshopDetails workshop, RoomDetails room, int bookedSeats) {
        int capacity =
                asked != null ? asked : Math.max(bookedSeats, Math.min(workshop.defaultCapacity(), room.seats()));
        if (capacity < 1) {
            throw InvalidInput.field("capacity", "schedule.capacity.tooSmall");
        }
        if (capacity > room.seats()) {
            throw InvalidInput.field("capacity", "schedule.capacity.aboveRoom");
        }
        if (capacity < bookedSeats) {
            throw InvalidInput.field("capacity", "schedule.capacity.belowBooked");
        }
        return capacity;
    }

    /** Refuses the time if the room or the instructor is already busy then. {@code self} is the session moved, or 0. */
    void noClash(long self, Instant start, Instant end, RoomDetails room, InstructorSummary instructor) {
        locks.lock(room.id(), instructor.id());
        Instant earliest = start.minus(LONGEST);
        List<Session> inRoom =
                sessions.overlappingInRoom(room.id(), start, end, earliest, self, SessionStatus.SCHEDULED, Limit.of(1));
        if (!inRoom.isEmpty()) {
            throw clash("room", room.name(), inRoom.getFirst());
        }
        List<Session> teaching = sessions.overlappingForInstructor(
                instructor.id(), start, end, earliest, self, SessionStatus.SCHEDULED, Limit.of(1));
        if (!teaching.isEmpty()) {
            throw clash("instructor", instructor.fullName(), teaching.getFirst());
        }
    }

    private SessionConflict clash(String field, String busyName, Session other) {
        WorkshopDetails workshop = workshop(other.getWorkshopId());
        return new SessionConflict(
                field, busyName, workshop == null ? null : workshop.title(), other.getStartsAt(), other.getEndsAt());
    }

    private static <T> T fail(String field, String key) {
        throw InvalidInput.field(field, key);
    }
}
