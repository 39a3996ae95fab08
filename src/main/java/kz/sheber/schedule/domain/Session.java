package kz.sheber.schedule.domain;

import jakarta.persistence.Column;
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

/** One workshop at one time, in one room, with one instructor. Times are UTC instants. */
@Entity(name = "Session")
@Table(name = "workshop_session")
public class Session {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long workshopId;
    private long roomId;
    private long instructorId;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;

    /** Counted by the booking feature with a conditional UPDATE; never written from here. */
    @Column(insertable = false, updatable = false)
    private int bookedSeats;

    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.SCHEDULED;

    private @Nullable String cancelReason;
    private @Nullable Long seriesId;
    private boolean editedByHand;

    @Version
    private long version;

    protected Session() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database, the times from the setters right after
    public Session(long workshopId, @Nullable Long seriesId) {
        this.workshopId = workshopId;
        this.seriesId = seriesId;
    }

    public Long getId() {
        return id;
    }

    public long getWorkshopId() {
        return workshopId;
    }

    public long getRoomId() {
        return roomId;
    }

    public void setRoomId(long roomId) {
        this.roomId = roomId;
    }

    public long getInstructorId() {
        return instructorId;
    }

    public void setInstructorId(long instructorId) {
        this.instructorId = instructorId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public int getBookedSeats() {
        return bookedSeats;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public @Nullable Long getSeriesId() {
        return seriesId;
    }

    public boolean isEditedByHand() {
        return editedByHand;
    }

    public void markEditedByHand() {
        this.editedByHand = true;
    }

    public long getVersion() {
        return version;
    }

    public void cancel(String reason) {
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
    }
}
