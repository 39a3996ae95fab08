package kz.sheber.course;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.CourseTerms;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SeriesCreated;
import kz.sheber.schedule.SeriesPlan;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Courses for tests: a weekly series from tomorrow, in its own room with its own instructor. */
@Component
public class TestCourses {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final TimetableService schedule;
    private final PlanningService planning;
    private final TestCatalogue catalogue;
    private final TestPeople people;
    private final Clock clock;

    TestCourses(
            TimetableService schedule,
            PlanningService planning,
            TestCatalogue catalogue,
            TestPeople people,
            Clock clock) {
        this.schedule = schedule;
        this.planning = planning;
        this.catalogue = catalogue;
        this.people = people;
        this.clock = clock;
    }

    /** A course of {@code dates} weekly dates for {@code capacity}; leaves nobody signed in. */
    public CourseSeries course(int capacity, int dates, CourseTerms terms) {
        try {
            catalogue.signInAdmin();
            long instructor = people.create(Roles.INSTRUCTOR).personId();
            RoomDetails room = catalogue.room(Math.max(capacity, 1) + 10);
            WorkshopDetails workshop = catalogue.workshop(instructor);
            LocalDate first = LocalDate.ofInstant(clock.instant(), ALMATY).plusDays(2);
            SeriesCreated created = planning.createSeries(new SeriesPlan(
                    workshop.id(),
                    room.id(),
                    instructor,
                    capacity,
                    Set.of(first.getDayOfWeek()),
                    first,
                    first.plusWeeks(dates - 1),
                    LocalTime.of(11, 0),
                    Set.of(),
                    terms));
            return schedule.course(created.seriesId()).orElseThrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public CourseSeries course(int capacity, int dates) {
        return course(capacity, dates, CourseTerms.standard());
    }

    public CourseSeries reread(CourseSeries course) {
        return schedule.course(course.seriesId()).orElseThrow();
    }
}
