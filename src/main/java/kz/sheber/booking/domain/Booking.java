package kz.sheber.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person's seats in one session, or their place on its waiting list. Seat totals live on the session row
 * and are changed only by {@link SeatLedger}, in the same transaction as this row.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;
    private long sessionId;
    private long personId;
    private int seats;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    private int arrival;
    private Instant createdAt;
    private @Nullable Instant confirmedAt;
    private @Nullable Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    private @Nullable CancelledBy cancelledBy;

    private boolean lateCancel;
    private @Nullable Long bookedBy;
    private int icsSequence;
    private @Nullable Instant remindedAt;
    private @Nullable Long courseEnrolmentId;
    private boolean missedByNotice;

    @Version
    private long version;

    protected Booking() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database on save
    public Booking(
            String reference,
            long sessionId,
            long personId,
            int seats,
            int arrival,
            Instant now,
            @Nullable Long bookedBy) {
        this.reference = reference;
        this.sessionId = sessionId;
        this.personId = personId;
        this.seats = seats;
        this.arrival = arrival;
        this.createdAt = now;
        this.bookedBy = bookedBy;
        this.status = BookingStatus.WAITING;
    }

    /** A date's seats held for a course enrolment (the course feature's id). */
    public static Booking forCourse(
            String reference,
            long sessionId,
            long personId,
            int seats,
            int arrival,
            Instant now,
            @Nullable Long bookedBy,
            long enrolmentId) {
        Booking booking = new Booking(reference, sessionId, personId, seats, arrival, now, bookedBy);
        booking.courseEnrolmentId = enrolmentId;
        booking.confirm(now);
        return booking;
    }

    /** The course participant said they will miss this date: the seat is free, the course place stays. */
    public void missByNotice(Instant now, CancelledBy by) {
        cancel(now, by, false);
        missedByNotice = true;
    }

    public void confirm(Instant now) {
        status = BookingStatus.CONFIRMED;
        confirmedAt = now;
        icsSequence++;
    }

    public void cancel(Instant now, CancelledBy by, boolean late) {
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
        lateCancel = late;
        icsSequence++;
    }

    public void changeSeats(int seats) {
        this.seats = seats;
        icsSequence++;
    }

    /** The session moved or changed: calendars need a newer copy of the invite. */
    public void sessionChanged() {
        icsSequence++;
    }

    public boolean isActive() {
        return status != BookingStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public int getSeats() {
        return seats;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public int getArrival() {
        return arrival;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant getCancelledAt() {
        return cancelledAt;
    }

    public @Nullable CancelledBy getCancelledBy() {
        return cancelledBy;
    }

    public boolean isLateCancel() {
        return lateCancel;
    }

    public @Nullable Long getBookedBy() {
        return bookedBy;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public @Nullable Instant getRemindedAt() {
        return remindedAt;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Long getCourseEnrolmentId() {
        return courseEnrolmentId;
    }

    public boolean isMissedByNotice() {
        return missedByNotice;
    }
}
