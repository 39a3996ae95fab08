package kz.sheber.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.RoomForm;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.catalogue.WorkshopForm;
import kz.sheber.schedule.NewSession;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SessionCard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts sessions on the timetable for tests of the public pages: planned by a fresh admin, whoever is signed in
 * for the test, in rooms and with instructors of their own so no two tests clash.
 */
@Component
public class TestTimetable {

    private final CatalogueService catalogue;
    private final PlanningService planning;
    private final TestPeople people;
    private final JdbcClient jdbc;
    private final Clock clock;

    TestTimetable(
            CatalogueService catalogue, PlanningService planning, TestPeople people, JdbcClient jdbc, Clock clock) {
        this.catalogue = catalogue;
        this.planning = planning;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A workshop titled "&lt;tag&gt; …" in all three languages (English left out when {@code english} is false). */
    public WorkshopDetails workshop(String tag, long craftId, Level level, Integer priceTenge, boolean english) {
        return asAdmin(() -> {
            long instructor = people.create(Roles.INSTRUCTOR, "Айгүл Сейітова " + tag, "kk", true)
                    .personId();
            return catalogue.saveWorkshop(new WorkshopForm(
                    null,
                    0,
                    craftId,
                    new Multilingual(tag + " киіз басу", tag + " валяние", english ? tag + " felting" : ""),
                    new Multilingual(
                            "Жүннен киіз басуды үйренеміз.", "Учимся валять войлок.", "We learn to felt wool."),
                    new Multilingual("Жүн, сабын", "Шерсть, мыло", "Wool, soap"),
                    Multilingual.EMPTY,
                    level,
                    10,
                    120,
                    8,
                    priceTenge,
                    Set.of(instructor),
                    null,
                    false));
        });
    }

    /** A session of the workshop at 10:00 (centre time) {@code daysAhead} days from now, with its own room. */
    public SessionCard session(WorkshopDetails workshop, int daysAhead, int capacity) {
        return asAdmin(() -> {
            RoomDetails room = catalogue.saveRoom(
                    new RoomForm(null, 0, "Зал " + TestCatalogue.unique(), 20, "Станоктар", "Екінші қабат", false));
            LocalDate day =
                    LocalDate.now(clock.withZone(ZoneId.of("Asia/Almaty"))).plusDays(daysAhead);
            return planning.createSession(new NewSession(
                    workshop.id(),
                    room.id(),
                    workshop.instructors().getFirst().id(),
                    day.atTime(10, 0),
                    null,
                    capacity));
        });
    }

    /** Books seats behind the booking feature's back, until that feature exists. */
    public void book(SessionCard session, int seats) {
        jdbc.sql("UPDATE workshop_session SET booked_seats = ? WHERE id = ?")
                .params(seats, session.id())
                .update();
    }

    public void cancel(SessionCard session, String reason) {
        asAdmin(() -> {
            planning.cancelSession(session.id(), session.version(), reason);
            return null;
        });
    }

    public long craftId(int index) {
        return catalogue.crafts().get(index).id();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
