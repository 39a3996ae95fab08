package kz.sheber.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import kz.sheber.base.demo.DemoSeeder;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Three weeks of weekly series from tomorrow, through the service (as staff would plan them) so the demo data
 * passes the same conflict checks. Each instructor teaches on a different weekday per workshop; partners share
 * a day in different rooms.
 */
@Component
@Profile("demo")
class DemoSchedule implements DemoSeeder {

    private final PlanningService planning;
    private final CatalogueService catalogue;
    private final CentreTime time;

    DemoSchedule(PlanningService planning, CatalogueService catalogue, CentreTime time) {
        this.planning = planning;
        this.catalogue = catalogue;
        this.time = time;
    }

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        DemoSeeder.asStaff(() -> {
            List<WorkshopDetails> workshops = catalogue.workshops();
            List<RoomDetails> rooms = catalogue.rooms();
            LocalDate first = time.nowInCentre().toLocalDate().plusDays(1);
            for (int i = 0; i < workshops.size(); i++) {
                WorkshopDetails workshop = workshops.get(i);
                long instructor = workshop.instructors().getFirst().id();
                DayOfWeek day = DayOfWeek.of(1 + (i / 2) % 6);
                RoomDetails room = rooms.get(i % rooms.size());
                Integer places = Math.min(workshop.defaultCapacity(), room.seats());
                planning.createSeries(new SeriesPlan(
                        workshop.id(),
                        room.id(),
                        instructor,
                        places,
                        Set.of(day),
                        first,
                        first.plusWeeks(3).minusDays(1),
                        i % 2 == 0 ? LocalTime.of(10, 0) : LocalTime.of(15, 0),
                        Set.of()));
            }
        });
    }
}
