package kz.sheber.course.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import kz.sheber.base.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One person's place in a course (for a group of {@code seats}), or their place on its waiting list. The seats
 * on each date are booking rows the booking feature keeps, marked with this enrolment's id.
 */
@Entity
@Table(name = "course_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long seriesId;
    private long personId;
    private int seats;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    private int arrival;
    private Instant createdAt;
    private @Nullable Instant enrolledAt;
    private @Nullable Instant endedAt;
    private @Nullable Long bookedBy;
    private int icsSequence;

    @Version
    private long version;

    protected Enrolment() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public Enrolment(long seriesId, long personId, int seats, int arrival, Instant now, Actor by) {
        this.seriesId = seriesId;
        this.personId = personId;
        this.seats = seats;
        this.arrival = arrival;
        this.createdAt = now;
        this.bookedBy = by.bookedBy();
        this.status = EnrolmentStatus.WAITING;
    }

    public void enrol(Instant now) {
        status = EnrolmentStatus.ACTIVE;
        enrolledAt = now;
        icsSequence++;
    }

    public void leave(Instant now) {
        status = EnrolmentStatus.LEFT;
        endedAt = now;
        icsSequence++;
    }

    /** The centre called off every remaining date. */
    public void end(Instant now) {
        status = EnrolmentStatus.ENDED;
        endedAt = now;
        icsSequence++;
    }

    public boolean isLive() {
        return status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.WAITING;
    }

    public Long getId() {
        return id;
    }

    public long getSeriesId() {
        return seriesId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getSeats() {
        return seats;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public int getArrival() {
        return arrival;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEnrolledAt() {
        return enrolledAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    /** Who made the enrolment: staff at the desk (kept as who booked each date too), or the person themselves. */
    public Actor enrolledBy() {
        return bookedBy == null ? new Actor.Resident(personId) : new Actor.Staff(bookedBy);
    }

    public int getIcsSequence() {
        return icsSequence;
    }
}
