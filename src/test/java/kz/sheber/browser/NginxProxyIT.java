package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment the docs describe: Debian's nginx with TLS (docs/deploy/nginx-sheber.conf, only its ports,
 * names and certificate paths swapped for this machine's) in front of the packaged jar, and a resident's browser
 * that only ever talks https to nginx.
 */
class NginxProxyIT {

    private static Path dir;
    private static Process nginx;
    private static RunningApp app;
    private static Chromium chromium;
    private static int https;
    private static int http;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "browser-runs")), "nginx")
                .toAbsolutePath();
        https = freePort();
        http = freePort();
        run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-keyout",
                dir.resolve("key.pem").toString(),
                "-out",
                dir.resolve("cert.pem").toString());
        app = RunningApp.start("--spring.profiles.active=demo", "--sheber.public-url=https://localhost:" + https);
        Files.writeString(dir.resolve("nginx.conf"), mainConfig(site(app.port())));
        nginx = new ProcessBuilder(
                        "nginx",
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        awaitPort(https);
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (nginx != null) {
            nginx.destroy();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_resident_signs_in_over_https_through_nginx_with_a_secure_cookie_hsts_and_https_redirects() {
        Page page = chromium.newPageTrustingAnyCertificate("en", Chromium.PHONE);
        Response first = page.navigate("https://localhost:" + https + "/login");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers()).containsKey("strict-transport-security");
        Chromium.awaitVaadin(page);

        page.locator("vaadin-login-form input[name=username]").fill("dana@sheber.demo");
        page.locator("vaadin-login-form input[name=password]").fill("Sheber-Demo-2026");
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=vaadin-login-submit]")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        Chromium.awaitVaadin(page);
        page.locator("#account-menu").waitFor();

        // Every redirect on the way in kept the scheme and port the browser used
        assertThat(page.url()).startsWith("https://localhost:" + https + "/");
        List<Cookie> session = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .toList();
        assertThat(session).singleElement().satisfies(cookie -> {
            assertThat(cookie.secure).isTrue();
            assertThat(cookie.httpOnly).isTrue();
        });
        page.navigate("https://localhost:" + https + "/my-bookings");
        Chromium.awaitVaadin(page);
        assertThat(page.locator("h1").innerText()).isNotBlank();
        page.context().close();
    }

    @Test
    void plain_http_is_sent_to_https() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/timetable"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("https://")
                .endsWith("/timetable");
    }

    /** The documented site with this machine's ports, host and certificate, listening on loopback only. */
    private static String site(int appPort) throws IOException {
        String site = Files.readString(Path.of("docs", "deploy", "nginx-sheber.conf"));
        return site.replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                .replace("listen [::]:80;", "")
                .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + https + " ssl http2;")
                .replace("listen [::]:443 ssl http2;", "")
                .replace("server_name sheber.example.kz;", "server_name localhost;")
                .replace(
                        "/etc/letsencrypt/live/sheber.example.kz/fullchain.pem",
                        dir.resolve("cert.pem").toString())
                .replace(
                        "/etc/letsencrypt/live/sheber.example.kz/privkey.pem",
                        dir.resolve("key.pem").toString())
                .replace("proxy_pass http://127.0.0.1:8080;", "proxy_pass http://127.0.0.1:" + appPort + ";");
    }

    /** What /etc/nginx/nginx.conf gives a site on Debian, with every file of nginx's own in the test's folder. */
    private static String mainConfig(String site) {
        String d = dir.toString();
        boolean root = "root".equals(System.getProperty("user.name"));
        return (root ? "user root;\n" : "") + "worker_processes 1;\nerror_log " + d + "/error.log;\npid " + d
                + "/nginx.pid;\nevents { worker_connections 256; }\nhttp {\n  access_log " + d + "/access.log;\n"
                + "  client_body_temp_path " + d + "/body;\n  proxy_temp_path " + d + "/proxy;\n"
                + "  fastcgi_temp_path " + d + "/fastcgi;\n  uwsgi_temp_path " + d + "/uwsgi;\n"
                + "  scgi_temp_path " + d + "/scgi;\n" + site + "\n}\n";
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as(String.join(" ", command))
                .isTrue();
    }

    private static void awaitPort(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!nginx.isAlive()) {
                    throw new IllegalStateException("nginx stopped: " + Files.readString(dir.resolve("nginx.out"))
                            + Files.readString(dir.resolve("error.log")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
