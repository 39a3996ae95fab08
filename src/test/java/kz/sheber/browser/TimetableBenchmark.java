package kz.sheber.browser;

import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.RoomForm;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.catalogue.WorkshopForm;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SeriesPlan;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestDatabase;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: the numbers in docs/PERFORMANCE.md. Seeds 5,000 future sessions in the test MariaDB, times the
 * timetable's read per filter change, then starts the packaged jar on the same database and times the first
 * screen in headless Chromium. Run: {@code ./mvnw -B package -DskipTests && ./mvnw -B test -Dtest=TimetableBenchmark}.
 */
@SheberTest
class TimetableBenchmark {

    private static final int SERIES = 20, DAYS = 250, RUNS = 40, PAGE = 50;

    @Autowired
    TimetableService schedule;

    @Autowired
    PlanningService planning;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestCatalogue testCatalogue;

    @Autowired
    TestPeople people;

    @Test
    void timetable_with_5000_sessions() {
        long seeding = System.nanoTime();
        List<CraftSummary> crafts = seed();
        SecurityContextHolder.clearContext();
        System.out.printf(
                "BENCH seeded %d future sessions in %d s%n",
                schedule.count(TimetableFilter.upcoming()), (System.nanoTime() - seeding) / 1_000_000_000);

        Map<String, TimetableFilter> filters = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        filters.put("none", TimetableFilter.upcoming());
        filters.put("craft", new TimetableFilter(crafts.get(1).id(), null, null, null, false, null, false));
        filters.put("level", new TimetableFilter(null, Level.ADVANCED, null, null, false, null, false));
        filters.put("free places", new TimetableFilter(null, null, null, null, true, null, false));
        filters.put("search", new TimetableFilter(null, null, null, null, false, "bench 7", false));
        filters.put(
                "next week",
                new TimetableFilter(null, null, today.plusDays(7), today.plusDays(13), false, null, false));
        filters.put(
                "all together",
                new TimetableFilter(
                        crafts.get(0).id(), Level.BEGINNER, today.plusDays(30), null, true, "bench", false));
        filters.forEach((name, filter) -> {
            for (int i = 0; i < 10; i++) {
                schedule.upcoming(filter, 0, PAGE);
                schedule.count(filter);
            }
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                schedule.upcoming(filter, 0, PAGE);
                schedule.count(filter);
                times[i] = System.nanoTime() - started;
            }
            Arrays.sort(times);
            System.out.printf(
                    "BENCH filter %-13s median %5.1f ms  p95 %5.1f ms  (%d sessions match)%n",
                    name, times[RUNS / 2] / 1e6, times[(int) (RUNS * 0.95) - 1] / 1e6, schedule.count(filter));
        });

        // -Dsheber.timetable.jars=before.jar,after.jar compares two builds on the same data, one after the other
        for (String jar : System.getProperty(
                        "sheber.timetable.jars", RunningApp.jar().toString())
                .split(",")) {
            System.out.println("BENCH jar " + jar);
            firstScreenInChromium(java.nio.file.Path.of(jar));
        }
    }

    private void firstScreenInChromium(java.nio.file.Path jar) {
        try (RunningApp app = RunningApp.startOn(
                        jar,
                        RunningApp.freshDataDirectory(),
                        Map.of(),
                        "--spring.datasource.url=" + TestDatabase.url(),
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password());
                Chromium chromium = new Chromium()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Page page = chromium.newPage("kk", Chromium.PHONE);
                // What the first visit downloads, as sent (compressed): Playwright's encoded body size per response
                Map<String, long[]> bytes = new java.util.TreeMap<>();
                List<String> files = new ArrayList<>();
                page.onRequestFinished(request -> {
                    com.microsoft.playwright.options.Sizes sizes = request.sizes();
                    long[] sum = bytes.computeIfAbsent(request.resourceType(), type -> new long[2]);
                    sum[0] += sizes.responseBodySize;
                    sum[1] += sizes.responseHeadersSize;
                    files.add(sizes.responseBodySize + " B " + request.resourceType() + " "
                            + request.url().replaceFirst("^http://[^/]+", ""));
                });
                long started = System.nanoTime();
                page.navigate(app.url("timetable"));
                page.waitForSelector(".sheber-slot");
                times.add((System.nanoTime() - started) / 1_000_000);
                Chromium.awaitVaadin(page);
                if (i == 1) {
                    long body = bytes.values().stream().mapToLong(sum -> sum[0]).sum();
                    long headers =
                            bytes.values().stream().mapToLong(sum -> sum[1]).sum();
                    System.out.println("BENCH first visit to /timetable, bytes as transferred (body, by type): "
                            + bytes.entrySet().stream()
                                    .map(e -> e.getKey() + " " + e.getValue()[0])
                                    .toList()
                            + "; bodies " + body + " B, headers " + headers + " B");
                    files.forEach(file -> System.out.println("BENCH   " + file));
                }
                page.context().close();
            }
            System.out.println(
                    "BENCH first screen of /timetable in headless Chromium (ms, fresh profile each): " + times);
        }
    }

    private List<CraftSummary> seed() {
        testCatalogue.signInAdmin();
        List<CraftSummary> crafts = catalogue.crafts();
        LocalDate first = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(1);
        Level[] levels = Level.values();
        for (int i = 0; i < SERIES; i++) {
            long instructor = people.create(Roles.INSTRUCTOR, "Шебер " + i + " " + TestCatalogue.unique(), "kk", true)
                    .personId();
            RoomDetails room =
                    catalogue.saveRoom(new RoomForm(null, 0, "Bench " + TestCatalogue.unique(), 12, "", "", true));
            WorkshopDetails workshop = catalogue.saveWorkshop(new WorkshopForm(
                    null,
                    0,
                    crafts.get(i % crafts.size()).id(),
                    new Multilingual(
                            "Bench " + i + " шеберхана", "Bench " + i + " мастерская", "bench " + i + " workshop"),
                    Multilingual.EMPTY,
                    Multilingual.EMPTY,
                    Multilingual.EMPTY,
                    levels[i % levels.length],
                    0,
                    90,
                    10,
                    null,
                    Set.of(instructor),
                    null,
                    false));
            planning.createSeries(new SeriesPlan(
                    workshop.id(),
                    room.id(),
                    instructor,
                    null,
                    EnumSet.allOf(DayOfWeek.class),
                    first,
                    first.plusDays(DAYS - 1),
                    LocalTime.of(9 + i % 10, 0),
                    Set.of()));
        }
        return crafts;
    }
}
