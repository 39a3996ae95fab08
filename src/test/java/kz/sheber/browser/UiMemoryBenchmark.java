package kz.sheber.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the heap each open page costs the server (docs/PERFORMANCE.md, issue 17). The packaged jar with the
 * demo centre; 100 browser contexts at phone size (each its own HTTP session and UI) open a session's page, then
 * 100 more the timetable, all kept open; the live heap after a full GC is read with {@code jcmd GC.class_histogram}
 * before and after each hundred. Run:
 * {@code ./mvnw -B -Pproduction package -DskipTests && ./mvnw -B test -Dtest=UiMemoryBenchmark}
 * ({@code -Dsheber.memory.pages=100}).
 */
class UiMemoryBenchmark {

    private static final int PAGES = Integer.getInteger("sheber.memory.pages", 100);
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
                long before = liveHeap(app);
                for (int i = 0; i < PAGES; i++) {
                    Page page = chromium.newPage("kk", Chromium.PHONE);
                    page.navigate(app.url(path));
                    Chromium.awaitVaadin(page);
                    open.add(page);
                }
                long after = liveHeap(app);
                System.out.printf(
                        "BENCH %d open UIs on /%s: live heap %d KB -> %d KB, %.1f KB per UI"
                                + " (its HTTP session included)%n",
                        PAGES, path, before / 1024, after / 1024, (after - before) / 1024.0 / PAGES);
            }
            // The pages stayed open (a closed page ends its UI) until both hundreds were counted
            open.forEach(page -> page.context().close());
        }
    }

    /** Bytes of live objects: GC.class_histogram runs a full GC first. */
    private static long liveHeap(RunningApp app) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
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
        return Long.parseLong(total.group(2));
    }
}
