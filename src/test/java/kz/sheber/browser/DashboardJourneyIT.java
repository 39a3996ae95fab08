package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff read the demo centre's past on the dashboard, on a desktop and on a phone, in the demo admin's own
 * Kazakh (a person's chosen language wins over the browser's): the charts
 * are drawn by ECharts from its webjar (under the app's content security policy), the period changes and stays in
 * the address, and a table comes down as a CSV Excel reads.
 */
class DashboardJourneyIT {

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withoutMail();

    private static Page openDashboard(String language, int[] size) {
        Page page = centre.newPage(language, size);
        Journey.signIn(page, centre.app(), "admin@sheber.demo", "Sheber-Admin-2026");
        page.navigate(centre.url("admin/dashboard?period=quarter"));
        Chromium.awaitVaadin(page);
        return page;
    }

    /** Waits until every chart that has numbers has drawn them as SVG shapes. */
    private static void awaitCharts(Page page) {
        for (String chart : new String[] {"over-time", "fill", "demand", "unmet"}) {
            page.waitForFunction(
                    "id => { const d = document.getElementById(id);"
                            + " return d && d.querySelectorAll('svg path').length > 3; }",
                    "chart-" + chart + "-drawing");
        }
    }

    @Test
    void staff_change_the_period_see_the_charts_drawn_and_download_a_table_on_a_desktop() throws Exception {
        Page page = openDashboard("kk", Chromium.DESKTOP);
        awaitCharts(page);
        String quarterSessions =
                page.locator("#figure-sessions .sheber-figure-value").innerText();
        assertThat(Integer.parseInt(quarterSessions.replaceAll("\\D", "")))
                .as("the demo past was seeded")
                .isPositive();
        Chromium.assertAccessible(page);

        page.locator("#period").click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText("Осы жыл"))
                .click();
        page.waitForURL(url -> url.contains("period=year"));
        Chromium.awaitVaadin(page);
        awaitCharts(page);
        assertThat(page.locator("#shown-period").innerText()).startsWith("01.01.");

        Download download =
                page.waitForDownload(() -> page.locator("#by-workshop-csv").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv[0]).as("a byte order mark for Excel").isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("Шеберхана,Сабақтар,Ұсынылған орындар");
        assertThat(text.lines().count()).as("a row per workshop").isGreaterThan(2);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "browser-runs", "dashboard-desktop.png")));
    }

    @Test
    void the_dashboard_reads_on_a_phone_in_kazakh_with_its_charts() {
        Page page = openDashboard("kk", Chromium.PHONE);
        awaitCharts(page);
        assertThat(page.locator("h1").innerText()).isEqualTo("Көрсеткіштер");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone")
                .isTrue();
        Chromium.assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "browser-runs", "dashboard-phone.png")));
    }
}
