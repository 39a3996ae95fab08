package kz.sheber.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the heap each open page costs the server (docs/PERFORMANCE.md, issue 17). The packaged jar with the
 * demo centre; 100 browser contexts at phone size (each its own HTTP session and UI) open a session's page, then
 * 100 more the timetable, all kept open; the live heap after a full GC is read with {@code jcmd GC.class_histogram}
 * before and after each hundred, and again once the browsers' idle connections are closed. Run:
 * {@code ./mvnw -B -Pproduction package -DskipTests && ./mvnw -B test -Dtest=UiMemoryBenchmark}
 * ({@code -Dsheber.memory.pages=100}).
 */
class UiMemoryBenchmark {

    private static final int PAGES = Integer.getInteger("sheber.memory.pages", 100);
    /**
     * Seconds to wait, pages still open, before counting again: Tomcat closes a browser's idle keep-alive
     * connection after 60 s, and each open one holds about 60 KB of buffers that belong to the connection, not to
     * the page; a page someone reads for longer holds only its UI and session.
     */
    private static final int SETTLE = Integer.getInteger("sheber.memory.settle", 65);

    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");

    @Test
    void heap_per_open_ui() throws Exception {
        try (RunningApp app = RunningApp.start("--spring.profiles.active=demo");
                Chromium chromium = new Chromium()) {
            String session = "session/"
                    + Journey.firstSessionWithFreeSeats(app).get("id").asLong();
            // Each page once first, so the classes and caches a first visit loads are not counted per UI
            for (String path : List.of(session, "timetable")) {
                Page warm = chromium.newPage("kk", Chromium.PHONE);
                warm.navigate(app.url(path));
                Chromium.awaitVaadin(warm);
                warm.context().close();
            }
            List<Page> open = new ArrayList<>();
            for (String path : List.of(session, "timetable")) {
                Histogram before = Histogram.of(app);
                for (int i = 0; i < PAGES; i++) {
                    Page page = chromium.newPage("kk", Chromium.PHONE);
                    page.navigate(app.url(path));
                    Chromium.awaitVaadin(page);
                    open.add(page);
                }
                Histogram after = Histogram.of(app);
                System.out.printf(
                        "BENCH %d open UIs on /%s: live heap %d KB -> %d KB, %.1f KB per UI"
                                + " (its HTTP session included)%n",
                        PAGES,
                        path,
                        before.total() / 1024,
                        after.total() / 1024,
                        (after.total() - before.total()) / 1024.0 / PAGES);
                after.growthSince(before, PAGES, 15).forEach(line -> System.out.println("BENCH   " + line));
                Thread.sleep(SETTLE * 1000L);
                Histogram idle = Histogram.of(app);
                System.out.printf(
                        "BENCH the same %d UIs after %d s idle (connections closed): %.1f KB per UI%n",
                        PAGES, SETTLE, (idle.total() - before.total()) / 1024.0 / PAGES);
                idle.growthSince(before, PAGES, 8).forEach(line -> System.out.println("BENCH   " + line));
            }
            // The pages stayed open (a closed page ends its UI) until both hundreds were counted
            open.forEach(page -> page.context().close());
        }
    }

    /** Live objects by class: GC.class_histogram runs a full GC first. */
    private record Histogram(long total, Map<String, long[]> classes) {

        private static final Pattern LINE =
                Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

        static Histogram of(RunningApp app) throws Exception {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(app.process().pid()),
                            "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            Matcher total = TOTAL.matcher(out);
            if (!total.find()) {
                throw new IllegalStateException("jcmd said: " + out);
            }
            Map<String, long[]> classes = new HashMap<>();
            Matcher line = LINE.matcher(out);
            while (line.find()) {
                classes.put(line.group(3), new long[] {Long.parseLong(line.group(1)), Long.parseLong(line.group(2))});
            }
            return new Histogram(Long.parseLong(total.group(2)), classes);
        }

        /** The classes whose live bytes grew most, per UI: where an open page's memory goes. */
        List<String> growthSince(Histogram before, int uis, int most) {
            return classes.entrySet().stream()
                    .map(e -> {
                        long[] was = before.classes().getOrDefault(e.getKey(), new long[2]);
                        return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                    })
                    .sorted(Comparator.comparingLong(e -> -e.getValue()[1]))
                    .limit(most)
                    .map(e -> String.format(
                            "%7.1f KB %6.1f objects per UI  %s",
                            e.getValue()[1] / 1024.0 / uis, e.getValue()[0] / (double) uis, e.getKey()))
                    .toList();
        }
    }
}
