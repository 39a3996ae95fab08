package kz.sheber.booking;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.sheber.account.DeskResident;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Actor;
import kz.sheber.base.demo.DemoSeeder;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo bookings, through the same rules as real ones: the first session full with two people waiting, the next
 * ones half full, and the demo resident Dana with upcoming bookings and one past class (a past session is
 * written directly, since the rules refuse to book the past).
 */
@Component
@Profile("demo")
class DemoBookings implements DemoSeeder {

    private final Seats seats;
    private final TimetableService schedule;
    private final ResidentDirectory residents;
    private final BookingRepository bookings;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoBookings(
            Seats seats,
            TimetableService schedule,
            ResidentDirectory residents,
            BookingRepository bookings,
            JdbcClient jdbc,
            Clock clock) {
        this.seats = seats;
        this.schedule = schedule;
        this.residents = residents;
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "bookings";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        DemoSeeder.asStaff(() -> {
            List<SessionCard> upcoming = schedule.upcoming(TimetableFilter.upcoming(), 0, 10);
            if (upcoming.size() < 3) {
                return;
            }
            long dana = person("dana@sheber.demo");
            long ivan = person("ivan@sheber.demo");
            long asel = person("asel@sheber.demo");
            List<Long> walkIns = new ArrayList<>();
            String[] names = {
                "Бақыт Оразов", "Мария Ким", "Сәуле Ахметова", "Олжас Бекұлы", "Гүлмира Исаева", "Тимур Ли"
            };
            for (String name : names) {
                walkIns.add(residents.registerAtDesk(new DeskResident(name, null, null, "kk", true)));
            }
            SessionCard full = upcoming.get(0);
            int left = full.capacity();
            for (int i = 0; left > 0; i++) {
                int group = Math.min(left, 1 + i % 3);
                book(walkIns.get(i % walkIns.size()), BookingRequest.asItStands(full.id(), group, false));
                left -= group;
            }
            book(ivan, BookingRequest.asItStands(full.id(), 2, true));
            book(asel, BookingRequest.asItStands(full.id(), 1, true));
            for (SessionCard half : upcoming.subList(1, 3)) {
                book(dana, BookingRequest.asItStands(half.id(), 2, false));
                book(
                        walkIns.getFirst(),
                        BookingRequest.asItStands(half.id(), Math.max(1, half.capacity() / 2 - 2), false));
            }
            pastClassFor(dana, upcoming.get(1));
        });
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /** A class Dana attended last week, in the same room with the same instructor as a coming one. */
    private void pastClassFor(long dana, SessionCard like) {
        LocalDateTime start = utc(like.startsAt().minus(Duration.ofDays(8)));
        jdbc.sql("""
                        INSERT INTO workshop_session (workshop_id, room_id, instructor_id, starts_at, ends_at, capacity,
                            booked_seats, status)
                        VALUES (?, ?, ?, ?, ?, ?, 1, 'SCHEDULED')""")
                .params(
                        like.workshopId(),
                        like.roomId(),
                        like.instructorId(),
                        start,
                        start.plus(Duration.between(like.startsAt(), like.endsAt())),
                        like.capacity())
                .update();
        long session = jdbc.sql("SELECT MAX(id) FROM workshop_session")
                .query(Long.class)
                .single();
        Booking past = new Booking(
                References.next(), session, dana, 1, 1, clock.instant().minus(Duration.ofDays(20)), null);
        past.confirm(clock.instant().minus(Duration.ofDays(20)));
        bookings.save(past);
    }

    /** As the person would online, with nobody asked to confirm an address first. */
    private void book(long personId, BookingRequest request) {
        seats.book(residents.contact(personId).orElseThrow(), request, new Actor.Resident(personId));
    }
}
