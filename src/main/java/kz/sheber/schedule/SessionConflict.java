package kz.sheber.schedule;

import java.time.Instant;
import kz.sheber.catalogue.Multilingual;
import org.jspecify.annotations.Nullable;

/**
 * Refused: the room or the instructor is already busy at that time. Names the clash, so the form can say which
 * session is in the way ({@code messageKey} takes the room's or instructor's name, the workshop and the time).
 */
public class SessionConflict extends RuntimeException {

    /** The form field the clash belongs beside: {@code room} or {@code instructor}. */
    private final String field;

    private final String busyName;
    private final @Nullable Multilingual workshop;
    private final Instant startsAt;
    private final Instant endsAt;

    SessionConflict(String field, String busyName, @Nullable Multilingual workshop, Instant startsAt, Instant endsAt) {
        super(field + " busy: " + busyName + " " + startsAt + "–" + endsAt);
        this.field = field;
        this.busyName = busyName;
        this.workshop = workshop;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return "schedule.conflict." + field;
    }

    public String busyName() {
        return busyName;
    }

    public @Nullable Multilingual workshop() {
        return workshop;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
