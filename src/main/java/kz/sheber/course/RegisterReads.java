package kz.sheber.course;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sheber.booking.CourseSeats.CourseDate;
import kz.sheber.course.CourseRegister.Cell;
import kz.sheber.roster.Attendance;
import kz.sheber.roster.Participant;
import kz.sheber.roster.RosterService;
import kz.sheber.schedule.SessionCard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds a course's register from its enrolments' dates and each past date's attendance (the roster's). */
@Component
class RegisterReads {

    private final RosterService rosters;

    RegisterReads(RosterService rosters) {
        this.rosters = rosters;
    }

    /** Attendance by booking, for every date still on (the register may be taken a while before a class starts). */
    Map<Long, Attendance> attendance(List<SessionCard> dates) {
        Map<Long, Attendance> byBooking = new HashMap<>();
        for (SessionCard date : dates) {
            if (!date.cancelled()) {
                for (Participant p : rosters.roster(date.id()).participants()) {
                    p.attendance().ifPresent(a -> byBooking.put(p.bookingId(), a));
                }
            }
        }
        return byBooking;
    }

    static Cell cell(SessionCard date, @Nullable CourseDate booked, Map<Long, Attendance> attendance, Instant now) {
        if (date.cancelled()) {
            return Cell.CANCELLED;
        }
        if (booked == null) {
            return Cell.NOT_BOOKED;
        }
        if (!booked.held()) {
            return booked.missedByNotice() ? Cell.MISSED : Cell.NOT_BOOKED;
        }
        Attendance marked = attendance.get(booked.bookingId());
        if (marked != null) {
            return marked.mark() == Attendance.Mark.PRESENT ? Cell.PRESENT : Cell.ABSENT;
        }
        return date.startsAt().isAfter(now) ? Cell.BOOKED : Cell.NOT_MARKED;
    }
}
