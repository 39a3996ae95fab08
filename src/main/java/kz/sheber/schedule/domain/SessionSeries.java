package kz.sheber.schedule.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A weekly plan: the chosen weekdays between two dates, at a local time in the centre's zone. */
@Entity
@Table(name = "session_series")
public class SessionSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long workshopId;
    private long roomId;
    private long instructorId;
    private int capacity;
    private String weekdays;
    private LocalDate firstDate;
    private LocalDate lastDate;
    private LocalTime startTime;
    private int minutes;
    private boolean course;
    private boolean dropIn;
    private int enrolUntilDate = 2;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_series_skipped", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "skipped_date")
    private Set<LocalDate> skippedDates = new TreeSet<>();

    @Version
    private long version;

    protected SessionSeries() {}

    @SuppressWarnings("NullAway.Init") // the id comes from the database, the time of day from plan(...) right after
    public SessionSeries(
            long workshopId,
            Collection<DayOfWeek> weekdays,
            LocalDate firstDate,
            LocalDate lastDate,
            Collection<LocalDate> skippedDates) {
        this.workshopId = workshopId;
        this.weekdays = weekdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.skippedDates.addAll(skippedDates);
    }

    /** The part a "this and the rest" edit changes: time of day, length, room, instructor and capacity. */
    public void plan(LocalTime startTime, int minutes, long roomId, long instructorId, int capacity) {
        this.startTime = startTime;
        this.minutes = minutes;
        this.roomId = roomId;
        this.instructorId = instructorId;
        this.capacity = capacity;
    }

    /** Offers the series as a course on these terms, or (false) as drop-in classes again. */
    public void offerAsCourse(boolean course, boolean dropIn, int enrolUntilDate) {
        this.course = course;
        this.dropIn = dropIn;
        this.enrolUntilDate = enrolUntilDate;
    }

    public boolean isCourse() {
        return course;
    }

    public boolean isDropIn() {
        return dropIn;
    }

    public int getEnrolUntilDate() {
        return enrolUntilDate;
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

    public long getInstructorId() {
        return instructorId;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getMinutes() {
        return minutes;
    }

    public Set<LocalDate> getSkippedDates() {
        return skippedDates;
    }

    public long getVersion() {
        return version;
    }

    public Set<DayOfWeek> getWeekdays() {
        return Arrays.stream(weekdays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
