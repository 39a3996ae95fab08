package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, with axe-core checking every page it opens. */
final class Chromium implements AutoCloseable {

    static final int[] PHONE = {390, 844};
    static final int[] DESKTOP = {1280, 800};

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-quic")));
    }

    /** A fresh browser profile whose Accept-Language asks for the given language. */
    Page newPage(String language, int[] size) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language))
                .setViewportSize(size[0], size[1]));
        return context.newPage();
    }

    /** The same, for a site on this machine whose certificate is self-signed (the proxy test's nginx). */
    Page newPageTrustingAnyCertificate(String language, int[] size) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language))
                .setViewportSize(size[0], size[1])
                .setIgnoreHTTPSErrors(true));
        return context.newPage();
    }

    /** Waits until Vaadin has drawn the page. */
    static void awaitVaadin(Page page) {
        page.waitForSelector("vaadin-app-layout");
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Fails on any serious or critical accessibility violation that axe-core finds on the page. */
    static void assertAccessible(Page page) {
        // A notification fading in or out is half transparent, and axe measures its contrast mid-fade
        page.waitForFunction("() => !document.querySelector("
                + "'vaadin-notification-card[opening], vaadin-notification-card[closing]')");
        AxeResults results = new AxeBuilder(page).analyze();
        assertThat(results.getPasses())
                .as("axe ran its checks on " + page.url())
                .isNotEmpty();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Chromium::describe)
                .toList();
        assertThat(serious)
                .as("serious accessibility problems on " + page.url())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
