package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-in's locks, tried from outside against the packaged app with the demo centre: guessing passwords,
 * probing disabled accounts, forging a sign-in from another site, forwarded headers from a proxy that is and one
 * that is not trusted, and an address that does not exist. 127.0.0.1 is the trusted proxy; ::1 is not.
 */
class SignInAttackIT {

    private static final String WRONG = "Not-the-password-1";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withMail("--sheber.http.trusted-proxies=127.0.0.1");

    @Test
    void after_five_wrong_passwords_even_the_right_one_gets_too_many_attempts_until_the_owner_resets_it()
            throws Exception {
        Page page = centre.newPage("ru", Chromium.PHONE);
        for (int i = 0; i < 5; i++) {
            submitSignIn(page, "dana@sheber.demo", WRONG);
            page.getByText("Неверная почта или пароль").waitFor();
        }
        submitSignIn(page, "dana@sheber.demo", "Sheber-Demo-2026");
        page.getByText("Слишком много попыток").waitFor();
        assertThat(page.url()).contains("/login");

        page.navigate(centre.url("forgot-password"));
        Chromium.awaitVaadin(page);
        page.locator("#email input").fill("dana@sheber.demo");
        page.locator("#send").click();
        String mail = Inbox.text(Inbox.awaitContaining("dana@sheber.demo", "reset-password?token="));
        page.navigate(linkIn(mail, "reset-password"));
        Chromium.awaitVaadin(page);
        page.locator("#password input").fill("Felt-boots-for-winter-7");
        page.locator("#save").click();
        page.getByText("Теперь можно войти").waitFor();
        // From the very address that was held back
        Journey.signIn(page, centre.app(), "dana@sheber.demo", "Felt-boots-for-winter-7");
        page.context().close();
    }

    @Test
    void a_disabled_account_answers_a_wrong_password_exactly_as_an_enabled_one() throws Exception {
        Page admin = centre.newPage("en", Chromium.DESKTOP);
        Journey.signIn(admin, centre.app(), "admin@sheber.demo", "Sheber-Admin-2026");
        admin.navigate(centre.url("admin/people"));
        Chromium.awaitVaadin(admin);
        admin.locator("#search input").fill("asel@sheber.demo");
        // The grid keeps rows it no longer shows; only the one left visible is Әсел's
        String toggle = "[id^=toggle-] >> visible=true";
        admin.waitForCondition(() -> admin.locator(toggle).count() == 1);
        admin.locator(toggle).click();
        // The button turns into "enable" (the admin sees the page in her own language, Kazakh)
        admin.locator("[id^=toggle-][theme~=success] >> visible=true").waitFor();
        admin.context().close();

        Answer disabled = wrongPasswordFor("asel@sheber.demo");
        Answer enabled = wrongPasswordFor("ivan@sheber.demo");

        assertThat(disabled.status()).isEqualTo(enabled.status()).isEqualTo(302);
        assertThat(disabled.location()).isEqualTo(enabled.location()).endsWith("/login?error");
        assertThat(disabled.page()).contains("Wrong email or password").doesNotContain("This account is disabled");
        assertThat(disabled.pieces()).isEqualTo(enabled.pieces());
    }

    @Test
    void a_sign_in_forged_by_another_site_is_refused_and_signs_nobody_in() throws Exception {
        Visitor visitor = new Visitor();
        String ivan = "username=ivan@sheber.demo&password=Sheber-Demo-2026";

        assertThat(visitor.post(centre.url("login"), ivan, "Origin", "http://evil.example")
                        .statusCode())
                .as("no token, foreign origin")
                .isEqualTo(403);
        String token = visitor.csrfToken();
        HttpResponse<String> wrongToken = visitor.post(centre.url("login"), ivan + "&_csrf=wrong-token");
        assertThat(wrongToken.headers().firstValue("Location"))
                .as("a token that is not this visitor's")
                .hasValue(centre.url("login?expired"));
        assertThat(visitor.get(centre.url("login?expired"), "Accept-Language", "en")
                        .body())
                .contains("Please sign in again");
        assertThat(visitor.post(centre.url("login"), ivan).headers().firstValue("Location"))
                .as("no token at all")
                .hasValue(centre.url("login?expired"));
        assertThat(visitor.post(centre.url("login"), ivan + "&_csrf=" + encode(token), "Origin", "http://evil.example")
                        .statusCode())
                .as("a valid token, foreign origin")
                .isEqualTo(403);
        assertThat(visitor.post(centre.url("login"), ivan + "&_csrf=" + encode(token), "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .as("a valid token, posted by another site")
                .isEqualTo(403);
        assertThat(visitor.get(centre.url("my-bookings")).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        // The same visitor's own form, with its token, from its own origin, gets in (to the page it asked for)
        HttpResponse<String> own = visitor.post(
                centre.url("login"),
                ivan + "&_csrf=" + encode(token),
                "Origin",
                "http://localhost:" + centre.app().port(),
                "Sec-Fetch-Site",
                "same-origin");
        assertThat(own.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        assertThat(visitor.get(centre.url("my-bookings")).statusCode()).isEqualTo(200);
    }

    @Test
    void behind_the_trusted_proxy_the_cookie_is_secure_hsts_is_sent_and_redirects_stay_on_https() throws Exception {
        HttpResponse<String> answer = new Visitor()
                .get("http://127.0.0.1:" + centre.app().port() + "/my-bookings", forwardedHttps("203.0.113.9"));

        assertThat(answer.headers().firstValue("Location")).hasValue("https://sheber.example.kz/login");
        assertThat(answer.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure"));
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void the_same_forwarded_headers_from_an_untrusted_address_are_ignored() throws Exception {
        HttpResponse<String> answer = new Visitor()
                .get("http://[::1]:" + centre.app().port() + "/my-bookings", forwardedHttps("203.0.113.9"));

        assertThat(answer.headers().firstValue("Location"))
                .hasValue("http://[::1]:" + centre.app().port() + "/login");
        assertThat(answer.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void sign_in_limits_hold_back_the_client_address_the_trusted_proxy_reports_and_not_its_neighbours()
            throws Exception {
        String nurlan = "nurlan@sheber.demo";
        for (int i = 0; i < 5; i++) {
            assertThat(signInThroughProxy(nurlan, WRONG, "198.51.100.5")).endsWith("/login?error");
        }
        assertThat(signInThroughProxy(nurlan, "Sheber-Master-2026", "198.51.100.5"))
                .endsWith("/login?error");
        assertThat(signInThroughProxy(nurlan, "Sheber-Master-2026", "198.51.100.6"))
                .endsWith("/start");
    }

    @Test
    void an_unknown_address_answers_404_with_the_translated_not_found_page() throws Exception {
        Visitor visitor = new Visitor();
        HttpResponse<String> ru = visitor.get(centre.url("no-such-page"), "Accept-Language", "ru");
        assertThat(ru.statusCode()).isEqualTo(404);
        assertThat(ru.body()).contains("Страница не найдена");
        HttpResponse<String> kk = visitor.get(centre.url("workshops/no/such/thing"), "Accept-Language", "kk");
        assertThat(kk.statusCode()).isEqualTo(404);
        assertThat(kk.body()).contains("Бет табылмады");
        assertThat(visitor.get(centre.url("timetable")).statusCode()).isEqualTo(200);
    }

    /** What a visitor sees for a wrong password: the redirect, then the sign-in page it leads to. */
    private record Answer(int status, String location, String page) {

        /**
         * The page's pieces, sorted: each visitor's page carries its own session's keys and ids, and Vaadin
         * lists its shared constants in no fixed order; every piece of text must be the same.
         */
        List<String> pieces() {
            return Arrays.stream(page.split("[,{}\\n]"))
                    .map(piece -> piece.replaceAll("[A-Za-z0-9_+/=-]{24,}|ROOT-[0-9]+", "ID"))
                    .sorted()
                    .toList();
        }
    }

    private static Answer wrongPasswordFor(String email) throws Exception {
        Visitor visitor = new Visitor();
        visitor.get(centre.url("login"), "Accept-Language", "en");
        HttpResponse<String> answer = visitor.post(
                centre.url("login"),
                "username=" + encode(email) + "&password=" + WRONG + "&_csrf=" + encode(visitor.csrfToken()));
        String location = answer.headers().firstValue("Location").orElse("");
        String page = visitor.get(location, "Accept-Language", "en").body();
        return new Answer(answer.statusCode(), location, page);
    }

    private static String signInThroughProxy(String email, String password, String client) throws Exception {
        Visitor visitor = new Visitor();
        String base = "http://127.0.0.1:" + centre.app().port() + "/";
        visitor.get(base + "login", "X-Forwarded-For", client);
        return visitor.post(
                        base + "login",
                        "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                                + encode(visitor.csrfToken()),
                        "X-Forwarded-For",
                        client)
                .headers()
                .firstValue("Location")
                .orElse("");
    }

    private static void submitSignIn(Page page, String email, String password) {
        Journey.submitSignIn(page, centre.app(), email, password);
        page.waitForURL(url -> url.contains("/login?error"));
        Chromium.awaitVaadin(page);
    }

    private static String[] forwardedHttps(String client) {
        return new String[] {
            "X-Forwarded-For", client, "X-Forwarded-Proto", "https", "X-Forwarded-Host", "sheber.example.kz"
        };
    }

    private static String linkIn(String mail, String path) {
        Matcher link = Pattern.compile("http://[^\\s\"<>]+/" + path + "\\?token=[A-Za-z0-9_-]+")
                .matcher(mail);
        assertThat(link.find()).as("a link in: " + mail).isTrue();
        // The mail links to sheber.public-url; the test app listens on its own port
        return link.group().replaceFirst("http://[^/]+/", centre.url(""));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser as plain HTTP: keeps its cookies, follows no redirect, sends what it is told. */
    private static final class Visitor {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String lastPage = "";

        HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
            lastPage = response.body();
            return response;
        }

        HttpResponse<String> post(String url, String form, String... headers) throws IOException, InterruptedException {
            return send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)),
                    headers);
        }

        /** The CSRF token of the last page fetched, as the sign-in form sends it. */
        String csrfToken() throws IOException, InterruptedException {
            if (!CSRF.matcher(lastPage).find()) {
                get(centre.url("login"));
            }
            Matcher token = CSRF.matcher(lastPage);
            assertThat(token.find()).as("a CSRF token on the page").isTrue();
            return token.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String... headers)
                throws IOException, InterruptedException {
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
