package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged app with its embedded MariaDB, as a newcomer installs it (no demo data; the first admin's address
 * in the settings and a temporary password in the environment), seen in a real browser.
 */
class HomePageIT {

    private static final String FIRST_ADMIN = "Director@Taraz-Crafts.kz";
    private static final String FIRST_PASSWORD = "Temporary-Key-2026";

    private static RunningApp app;
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        app = RunningApp.start(
                java.util.Map.of("SHEBER_ADMIN_PASSWORD", FIRST_PASSWORD),
                "--sheber.accounts.first-admin-email=" + FIRST_ADMIN);
        System.out.println("Packaged app with embedded MariaDB answered after "
                + app.startUp().toMillis() + " ms");
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "kk, phone, Тараз қолөнер орталығы, Не үйретеміз",
        "kk, desktop, Тараз қолөнер орталығы, Не үйретеміз",
        "ru, phone, Таразский центр ремёсел, Чему мы учим",
        "ru, desktop, Таразский центр ремёсел, Чему мы учим",
        "en, phone, Taraz Crafts Centre, What we teach",
        "en, desktop, Taraz Crafts Centre, What we teach"
    })
    void the_home_page_speaks_the_browsers_language_and_passes_axe(
            String language, String device, String centreName, String cratsHeading) {
        Page page = chromium.newPage(language, "phone".equals(device) ? Chromium.PHONE : Chromium.DESKTOP);
        page.navigate(app.url(""));
        Chromium.awaitVaadin(page);

        assertThat(page.getAttribute("html", "lang")).isEqualTo(language);
        assertThat(page.locator("h1").innerText()).isEqualTo(centreName);
        assertThat(page.locator("h2").first().innerText()).isEqualTo(cratsHeading);
        assertThat(page.title()).isEqualTo(centreName);
        assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor"))
                .as("the centre's own stylesheet is applied")
                .isEqualTo("rgb(251, 247, 241)");
        Chromium.assertAccessible(page);
        page.context().close();
    }

    @Test
    void a_russian_reader_switches_to_english_and_the_choice_survives_a_reload() {
        Page page = chromium.newPage("ru", Chromium.PHONE);
        page.navigate(app.url(""));
        Chromium.awaitVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo("Таразский центр ремёсел");

        page.locator("#language-en").click();
        page.waitForCondition(() -> "en".equals(page.getAttribute("html", "lang")));
        Chromium.awaitVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo("Taraz Crafts Centre");

        page.reload();
        Chromium.awaitVaadin(page);
        assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
        assertThat(page.locator("h1").innerText()).isEqualTo("Taraz Crafts Centre");
        Chromium.assertAccessible(page);
        page.context().close();
    }

    @Test
    void pages_carry_security_headers_that_keep_other_sites_out() throws Exception {
        java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("")))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'")
                .contains("object-src 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void the_client_code_and_styles_go_compressed_and_hashed_files_are_kept_a_year_but_pages_are_not()
            throws Exception {
        java.net.http.HttpResponse<String> page =
                get("", "gzip, deflate, br", java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Cache-Control"))
                .as("a page carries the session's tokens")
                .get()
                .asString()
                .contains("no-store");
        String bundle = matching(page.body(), "src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
        String lumo = matching(page.body(), "href=\"\\./(lumo/lumo\\.css\\?v-c=[^\"]+)\"");

        java.net.http.HttpResponse<byte[]> script =
                get(bundle, "gzip, deflate, br", java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).get().isIn("br", "gzip");
        assertThat(script.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(script.headers().firstValue("Pragma"))
                .as("no page-only header contradicts it")
                .isEmpty();
        assertThat(script.headers().firstValue("Expires")).isEmpty();
        assertThat(script.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // A browser that takes gzip only (plain http to another machine, where Chromium asks for no br)
        java.net.http.HttpResponse<byte[]> styles =
                get(lumo, "gzip, deflate", java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(styles.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(
                        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(styles.body()))
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .contains("--lumo-");
        assertThat(styles.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("max-age=31536000");

        java.net.http.HttpResponse<Void> missing = get(
                "VAADIN/build/no-such-file-Abc123.js", "gzip", java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control"))
                .as("a missing file is not remembered")
                .get()
                .asString()
                .doesNotContain("max-age=31536000");
    }

    private static <T> java.net.http.HttpResponse<T> get(
            String path, String encodings, java.net.http.HttpResponse.BodyHandler<T> body) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url(path)))
                                .header("Accept-Encoding", encodings)
                                .build(),
                        body);
    }

    private static String matching(String text, String regex) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in the page").isTrue();
        return matcher.group(1);
    }

    @Test
    void an_unknown_address_gets_a_translated_not_found_page() {
        Page page = chromium.newPage("kk", Chromium.DESKTOP);
        page.navigate(app.url("no-such-page"));
        page.waitForSelector("h1");

        assertThat(page.locator("h1").innerText()).isEqualTo("Бет табылмады");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("at com.vaadin");
        page.context().close();
    }

    @Test
    void the_first_admin_signs_in_with_the_temporary_password_and_must_choose_their_own() {
        Page page = chromium.newPage("kk", Chromium.DESKTOP);
        Journey.signIn(page, app, FIRST_ADMIN.toLowerCase(java.util.Locale.ROOT), FIRST_PASSWORD);
        // Whatever page they were sent to, they get the password form first
        page.locator("vaadin-button#change-password").waitFor();
        assertThat(page.locator("h1").innerText()).isEqualTo("Өз құпиясөзіңізді таңдаңыз");

        page.locator("#currentPassword input").fill(FIRST_PASSWORD);
        page.locator("#newPassword input").fill("Director-Own-Key-2026");
        page.locator("vaadin-button#change-password").click();

        // Their own password set, staff start the day with today's rosters
        page.waitForURL(url -> url.endsWith("/admin/rosters"));
        page.context().close();
    }
}
