package kz.sheber.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.sheber.account.DeskResident;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Actor;
import kz.sheber.base.demo.DemoSeeder;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.CourseSeats;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.course.domain.Enrolment;
import kz.sheber.course.domain.EnrolmentStatus;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.CourseTerms;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SeriesPlan;
import kz.sheber.schedule.TimetableService;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two demo courses, planned and enrolled through the same rules as real ones: one running (eight Saturdays or so,
 * two dates already behind it, Dana and four others in it, Ivan missing one date) and one starting next week with
 * drop-ins allowed. The running course is planned from tomorrow and then moved two weeks back in one UPDATE, since
 * the schedule rightly refuses to plan the past (as the demo bookings do for Dana's past class).
 */
@Component
@Profile("demo")
class DemoCourses implements DemoSeeder {

    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private final TimetableService schedule;
    private final PlanningService planning;
    private final CatalogueService catalogue;
    private final Enrolments rules;
    private final CourseSeats seats;
    private final ResidentDirectory residents;
    private final JdbcClient jdbc;
    private final CentreTime time;

    DemoCourses(
            TimetableService schedule,
            PlanningService planning,
            CatalogueService catalogue,
            Enrolments rules,
            CourseSeats seats,
            ResidentDirectory residents,
            JdbcClient jdbc,
            CentreTime time) {
        this.schedule = schedule;
        this.planning = planning;
        this.catalogue = catalogue;
        this.rules = rules;
        this.seats = seats;
        this.residents = residents;
        this.jdbc = jdbc;
        this.time = time;
    }

    @Override
    public String name() {
        return "courses";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void seed() {
        DemoSeeder.asStaff(() -> {
            List<WorkshopDetails> workshops = catalogue.workshops();
            List<RoomDetails> rooms = catalogue.rooms();
            if (workshops.size() < 2 || rooms.isEmpty()) {
                return;
            }
            LocalDate tomorrow = time.nowInCentre().toLocalDate().plusDays(1);
            CourseSeries running = plan(workshops.get(0), rooms.get(0), tomorrow, 8, CourseTerms.standard());
            CourseSeries next = plan(
                    workshops.get(1),
                    rooms.get(rooms.size() - 1),
                    tomorrow.plusWeeks(1).plusDays(1),
                    6,
                    new CourseTerms(true, 2));
            long dana = person("dana@sheber.demo");
            long ivan = person("ivan@sheber.demo");
            long asel = person("asel@sheber.demo");
            List<Long> others = new ArrayList<>();
            for (String name : new String[] {"Әсел Нұрлан", "Ерасыл Қайрат", "Наталья Пак"}) {
                others.add(residents.registerAtDesk(new DeskResident(name, null, null, "kk", true)));
            }
            enrol(dana, running, 1);
            Enrolment ivans = enrol(ivan, running, 2);
            others.forEach(person -> enrol(person, running, 1));
            if (ivans.getStatus() == EnrolmentStatus.ACTIVE) {
                seats.transaction(
                        () -> rules.miss(ivans.getId(), running.dates().get(3).id(), new Actor.Resident(ivan)));
            }
            enrol(asel, next, 2);
            enrol(others.getFirst(), next, 1);
            moveBack(running, 2);
        });
    }

    private CourseSeries plan(
            WorkshopDetails workshop, RoomDetails room, LocalDate first, int dates, CourseTerms terms) {
        int places = Math.min(workshop.defaultCapacity(), room.seats());
        long series = planning.createSeries(new SeriesPlan(
                        workshop.id(),
                        room.id(),
                        workshop.instructors().getFirst().id(),
                        places,
                        Set.of(first.getDayOfWeek()),
                        first,
                        first.plusWeeks(dates - 1),
                        EVENING,
                        Set.of(),
                        terms))
                .seriesId();
        return schedule.course(series).orElseThrow();
    }

    private Enrolment enrol(long person, CourseSeries course, int seatCount) {
        return seats.transaction(
                () -> rules.enrol(person, course.seriesId(), seatCount, true, new Actor.Resident(person)));
    }

    /** Moves every date of the course (and the series' own dates) {@code weeks} back: it has begun. */
    private void moveBack(CourseSeries course, int weeks) {
        jdbc.sql("""
                        UPDATE workshop_session SET starts_at = starts_at - INTERVAL ? WEEK,
                            ends_at = ends_at - INTERVAL ? WEEK WHERE series_id = ?""").params(weeks, weeks, course.seriesId()).update();
        jdbc.sql("""
                        UPDATE session_series SET first_date = first_date - INTERVAL ? WEEK,
                            last_date = last_date - INTERVAL ? WEEK WHERE id = ?""").params(weeks, weeks, course.seriesId()).update();
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }
}
