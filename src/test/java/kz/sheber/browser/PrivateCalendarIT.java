package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sheber.base.Sha256;
import kz.sheber.base.db.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Private calendar addresses against the packaged jar, upgraded from a database made before their tokens were
 * hashed: a calendar app following an old address still gets the feed, a new address works, and the database
 * holds no token a thief could use.
 */
class PrivateCalendarIT {

    private static final String DATABASE = "sheber_calendar_upgrade";
    private static final String OLD_TOKEN = "0123456789abcdef0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String url;
    private static EmbeddedMariaDb previousVersion;
    private static RunningApp app;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        // A MariaDB server of its own: the test database's account may use only its own database
        previousVersion = EmbeddedMariaDb.start(
                Files.createTempDirectory(
                                Files.createDirectories(Path.of("target", "browser-runs")), "calendar-upgrade")
                        .toAbsolutePath()
                        .resolve("mariadb"),
                DATABASE);
        url = previousVersion.jdbcUrl(DATABASE);
        // The installation as the previous version left it, with a resident who subscribed to their calendar
        Flyway.configure()
                .dataSource(url, previousVersion.user(), previousVersion.password())
                .locations("classpath:db/migration")
                .target(versionBeforeHashing())
                .load()
                .migrate();
        try (Connection db = connect();
                Statement s = db.createStatement()) {
            s.execute("INSERT INTO person (email, full_name, language, created_at) "
                    + "VALUES ('subscriber@sheber.test', 'Жанна Серікова', 'kk', UTC_TIMESTAMP(6))");
            s.execute("INSERT INTO calendar_feed (person_id, token, created_at) " + "SELECT id, '" + OLD_TOKEN
                    + "', UTC_TIMESTAMP(6) FROM person WHERE email = 'subscriber@sheber.test'");
        }
        app = RunningApp.start(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + previousVersion.user(),
                "--spring.datasource.password=" + previousVersion.password());
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
        if (previousVersion != null) {
            previousVersion.close();
        }
    }

    @Test
    void an_address_subscribed_before_the_upgrade_still_gives_the_feed_and_is_stored_only_as_its_hash()
            throws Exception {
        HttpResponse<String> feed = get("calendar/" + OLD_TOKEN + ".ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(storedTokens()).contains(Sha256.hex(OLD_TOKEN)).noneMatch(stored -> stored.contains(OLD_TOKEN));
    }

    @Test
    void an_address_a_resident_makes_in_chromium_gives_their_bookings_and_leaves_no_token_in_the_database()
            throws Exception {
        Page page = chromium.newPage("en", Chromium.PHONE);
        Journey.signIn(page, app, "dana@sheber.demo", "Sheber-Demo-2026");
        page.navigate(app.url("my-bookings"));
        Chromium.awaitVaadin(page);
        page.locator("#calendar-make").click();
        page.locator("#calendar-address input").waitFor();
        String address = page.locator("#calendar-address input").inputValue();
        page.context().close();
        Matcher token = Pattern.compile("/calendar/([0-9a-f]{32})\\.ics$").matcher(address);
        assertThat(token.find()).as(address).isTrue();

        HttpResponse<String> feed = get("calendar/" + token.group(1) + ".ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VEVENT"); // the demo resident's bookings
        assertThat(storedTokens())
                .contains(Sha256.hex(token.group(1)))
                .noneMatch(stored -> stored.contains(token.group(1)));
        assertThat(get("calendar/" + "f".repeat(32) + ".ics").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every value of every column of the calendar table, as a thief with a dump would read them. */
    private static List<String> storedTokens() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT * FROM calendar_feed");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    values.add(String.valueOf(rows.getObject(column)));
                }
            }
        }
        return values;
    }

    /** The last migration before the one that hashes the tokens, whatever number it lands under. */
    private static String versionBeforeHashing() throws Exception {
        String name = new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/V*__calendar_feed_token_hash.sql")[0].getFilename();
        return String.valueOf(Integer.parseInt(name.substring(1, name.indexOf("__"))) - 1);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, previousVersion.user(), previousVersion.password());
    }
}
