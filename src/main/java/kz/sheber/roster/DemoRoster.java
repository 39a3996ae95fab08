package kz.sheber.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.sheber.base.demo.DemoSeeder;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.BookingRosters;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.SessionBooking;
import kz.sheber.roster.domain.AttendanceBook;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo attendance: every booking of the last month's sessions is marked, as its instructor would have, with every
 * third one a no-show, so rosters and residents' histories look lived in.
 */
@Component
@Profile("demo")
class DemoRoster implements DemoSeeder {

    private final TimetableService schedule;
    private final BookingRosters bookings;
    private final AttendanceBook attendance;
    private final Clock clock;
    private final ZoneId zone;

    DemoRoster(
            TimetableService schedule,
            BookingRosters bookings,
            AttendanceBook attendance,
            Clock clock,
            CentreTime time) {
        this.schedule = schedule;
        this.bookings = bookings;
        this.attendance = attendance;
        this.clock = clock;
        this.zone = time.zone();
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void seed() {
        DemoSeeder.asStaff(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<SessionCard> past = schedule
                    .upcoming(new TimetableFilter(null, null, today.minusDays(30), today, false, null, false), 0, 500)
                    .stream()
                    .filter(card -> card.startsAt().isBefore(now))
                    .toList();
            int n = 0;
            for (SessionCard card : past) {
                for (SessionBooking b : bookings.bookingsIn(card.id())) {
                    if (b.state() != BookingState.CONFIRMED) {
                        continue;
                    }
                    boolean came = ++n % 3 != 0;
                    attendance.mark(
                            b.id(),
                            card.id(),
                            b.personId(),
                            card.startsAt(),
                            came ? Attendance.Mark.PRESENT.name() : Attendance.Mark.NO_SHOW.name(),
                            came ? b.seats() : 0,
                            card.startsAt().plusSeconds(600),
                            card.instructorId());
                }
            }
        });
    }
}
