package kz.sheber.admin;

import static kz.sheber.base.db.UtcColumns.utc;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import kz.sheber.base.demo.DemoSeeder;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Four months of the demo centre's past, so the dashboard shows real shapes on first start: a weekly class per
 * workshop with bookings, waiting lists, late cancellations, attendance and no-shows, one class called off. Written
 * with bulk inserts straight into the tables (booking rules rightly refuse the past, and a few thousand service
 * calls would slow start-up); a fixed seed makes every demo centre the same. References start with 0, which real
 * ones never use.
 */
@Component
@Profile("demo")
class DemoPast implements DemoSeeder {

    private static final int WEEKS = 17;
    private static final int RESIDENTS = 90;
    private static final String[] FIRST = {
        "Айгерім",
        "Дәурен",
        "Мадина",
        "Ерлан",
        "Светлана",
        "Асхат",
        "Жанар",
        "Андрей",
        "Динара",
        "Бауыржан",
        "Ольга",
        "Нұрсұлтан",
        "Камила",
        "Ринат",
        "Томирис"
    };
    private static final String[] LAST = {
        "Сейітова", "Жұмабаев", "Ким", "Омарова", "Петренко", "Тоқтаров", "Әбілова", "Ли", "Нұрланова", "Исаев"
    };

    private final CatalogueService catalogue;
    private final JdbcTemplate jdbc;
    private final CentreTime time;

    DemoPast(CatalogueService catalogue, JdbcTemplate jdbc, CentreTime time) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.time = time;
    }

    @Override
    public String name() {
        return "past";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed() {
        Random random = new Random(15);
        List<Long> residents = residents();
        List<WorkshopDetails> workshops = catalogue.workshops();
        List<RoomDetails> rooms = catalogue.rooms();
        if (workshops.isEmpty() || rooms.isEmpty()) {
            return;
        }
        ZoneId zone = time.zone();
        Instant now = time.now();
        LocalDate thisMonday =
                time.nowInCentre().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Object[]> bookings = new ArrayList<>();
        int reference = 0;
        for (int w = 0; w < workshops.size(); w++) {
            WorkshopDetails workshop = workshops.get(w);
            RoomDetails room = rooms.get(w % rooms.size());
            int capacity = Math.min(workshop.defaultCapacity(), room.seats());
            // Some workshops are always full, some never; weekends and evenings draw more people
            double popularity = 0.45 + 0.9 * ((w * 37) % 10) / 10.0;
            DayOfWeek day = DayOfWeek.of(1 + (w * 3) % 7);
            LocalTime at = List.of(LocalTime.of(10, 0), LocalTime.of(15, 0), LocalTime.of(18, 30))
                    .get(w % 3);
            for (int week = WEEKS; week >= 1; week--) {
                LocalDateTime start = thisMonday
                        .minusWeeks(week)
                        .with(TemporalAdjusters.nextOrSame(day))
                        .atTime(at);
                Instant startsAt = start.atZone(zone).toInstant();
                if (!startsAt.isBefore(now)) {
                    continue;
                }
                boolean calledOff = w == 1 && week == 6;
                long session = session(workshop, room, startsAt, capacity, calledOff);
                double season = 0.75 + 0.5 * (WEEKS - week) / WEEKS;
                double pull = (day.getValue() >= 6 ? 1.25 : 1.0) * (at.getHour() >= 18 ? 1.15 : 1.0);
                int wanted =
                        (int) Math.round(capacity * popularity * season * pull * (0.75 + 0.5 * random.nextDouble()));
                // The centre grows: forty regulars at first, a few newcomers every week
                List<Long> around =
                        new ArrayList<>(residents.subList(0, Math.min(residents.size(), 40 + 3 * (WEEKS - week))));
                Collections.shuffle(around, random);
                int taken = 0, arrival = 0, freed = 0, queued = 0;
                for (int p = 0; taken + queued < wanted && p < around.size(); p++) {
                    int seats = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
                    Instant made = startsAt.minusSeconds(3600L * (6 + random.nextInt(24 * 20)));
                    boolean fits = taken + seats <= capacity;
                    String status;
                    Instant confirmed = fits ? made : null;
                    boolean late = false;
                    if (calledOff) {
                        status = "CANCELLED";
                    } else if (fits && random.nextInt(100) < 7) {
                        status = "CANCELLED";
                        late = true;
                        freed += seats;
                    } else if (!fits && seats <= freed) {
                        // A late cancellation let them in off the waiting list
                        status = "CONFIRMED";
                        Instant byThen = made.plusSeconds(3600L * 30), latest = startsAt.minusSeconds(3600);
                        confirmed = byThen.isBefore(latest) ? byThen : latest;
                        freed -= seats;
                    } else {
                        status = fits ? "CONFIRMED" : "WAITING";
                        queued += fits ? 0 : seats;
                    }
                    if (fits) {
                        taken += seats;
                    }
                    bookings.add(new Object[] {
                        String.format("0%05d", ++reference),
                        session,
                        around.get(p),
                        seats,
                        status,
                        ++arrival,
                        utc(made),
                        confirmed == null ? null : utc(confirmed),
                        status.equals("CANCELLED")
                                ? utc(calledOff ? startsAt.minusSeconds(86400 * 2) : startsAt.minusSeconds(3600 * 5))
                                : null,
                        status.equals("CANCELLED") ? (calledOff ? "CENTRE" : "RESIDENT") : null,
                        late
                    });
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO booking (reference, session_id, person_id, seats, status, arrival, created_at,
                                     confirmed_at, cancelled_at, cancelled_by, late_cancel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", bookings);
        seatCountsAndAttendance(now);
    }

    /** booked_seats follows the confirmed rows; attendance for nine classes in ten, a no-show in about one in eight. */
    private void seatCountsAndAttendance(Instant now) {
        jdbc.update("""
                UPDATE workshop_session s
                JOIN (SELECT session_id, SUM(seats) AS seats FROM booking
                      WHERE status = 'CONFIRMED' AND reference LIKE '0%' GROUP BY session_id) b ON b.session_id = s.id
                SET s.booked_seats = LEAST(b.seats, s.capacity)""");
        jdbc.update("""
                INSERT INTO attendance (booking_id, session_id, person_id, session_starts_at, status, seats_present,
                                        marked_at, marked_by)
                SELECT b.id, b.session_id, b.person_id, s.starts_at,
                       IF(MOD(b.id * 7, 8) = 0, 'NO_SHOW', 'PRESENT'),
                       IF(MOD(b.id * 7, 8) = 0, 0, b.seats - IF(b.seats > 1 AND MOD(b.id, 5) = 0, 1, 0)),
                       s.starts_at + INTERVAL 10 MINUTE, s.instructor_id
                FROM booking b JOIN workshop_session s ON s.id = b.session_id
                WHERE b.reference LIKE '0%' AND b.status = 'CONFIRMED' AND MOD(s.id, 10) <> 3 AND s.starts_at < ?""", utc(now));
    }

    private long session(
            WorkshopDetails workshop, RoomDetails room, Instant startsAt, int capacity, boolean calledOff) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO workshop_session (workshop_id, room_id, instructor_id, starts_at, ends_at, capacity,
                                                  status, cancel_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                    insert.setLong(1, workshop.id());
                    insert.setLong(2, room.id());
                    insert.setLong(3, workshop.instructors().getFirst().id());
                    insert.setObject(4, utc(startsAt));
                    insert.setObject(5, utc(startsAt.plusSeconds(60L * workshop.durationMinutes())));
                    insert.setInt(6, capacity);
                    insert.setString(7, calledOff ? "CANCELLED" : "SCHEDULED");
                    insert.setString(8, calledOff ? "Шебер ауырып қалды / Мастер заболел" : null);
                    return insert;
                },
                key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Residents booked at the desk in earlier months: a name, no email or password. */
    private List<Long> residents() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            rows.add(new Object[] {
                FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length],
                i % 3 == 0 ? "ru" : "kk",
                utc(time.now().minusSeconds(86400L * (200 - i)))
            });
        }
        Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM person", Long.class);
        jdbc.batchUpdate("INSERT INTO person (full_name, language, created_at) VALUES (?, ?, ?)", rows);
        List<Long> ids = new ArrayList<>(
                jdbc.queryForList("SELECT id FROM person WHERE id > ? ORDER BY id", Long.class, before));
        jdbc.batchUpdate(
                "INSERT INTO person_role (person_id, role) VALUES (?, 'RESIDENT')",
                ids.stream().map(id -> new Object[] {id}).toList());
        return ids;
    }
}
