package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sheber.support.GaleraCluster;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18: two packaged instances, each writing to its own node of a three-node Galera cluster, behind HAProxy
 * with sticky sessions: the hardest of the topologies docs/SCALING.md describes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(GaleraCluster.PerClassDatabase.class)
class GaleraClusterIT {

    private static final java.nio.file.Path EXTERNAL = RunningApp.jar().resolveSibling("sheber-external-db.jar");
    private static GaleraCluster cluster;
    private static final List<RunningApp> instances = new ArrayList<>();
    private static StickyBalancer balancer;
    private static Chromium chromium;

    @BeforeAll
    static void start(GaleraCluster shared) {
        cluster = shared;
        // One after the other: the first migrates the schema and seeds the demo centre, the second finds both done
        instances.add(instance(1));
        instances.add(instance(2));
        balancer = StickyBalancer.start(instances);
        chromium = new Chromium();
    }

    private static RunningApp instance(int node) {
        List<String> arguments = new ArrayList<>(List.of(cluster.datasourceArguments(node)));
        arguments.addAll(List.of(
                "--spring.profiles.active=demo",
                "--spring.mail.host=" + TestMail.host(),
                "--spring.mail.port=" + TestMail.port(),
                "--sheber.mail.poll-interval=1s"));
        return RunningApp.startOn(
                EXTERNAL, RunningApp.freshDataDirectory(), Map.of(), arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (balancer != null) {
            balancer.close();
        }
        instances.forEach(RunningApp::close);
    }

    @Test
    void every_table_has_a_primary_key_as_galera_needs_to_replicate_its_rows() throws SQLException {
        try (Connection c = cluster.connect(3);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("""
                        SELECT t.table_name FROM information_schema.tables t
                        WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                          AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints k
                                          WHERE k.table_schema = t.table_schema AND k.table_name = t.table_name
                                            AND k.constraint_type = 'PRIMARY KEY')""")) {
            List<String> withoutKey = new ArrayList<>();
            while (rows.next()) {
                withoutKey.add(rows.getString(1));
            }
            assertThat(withoutKey).isEmpty();
        }
    }

    @Test
    @Order(1)
    void disabling_a_person_on_one_instance_ends_their_session_on_the_other_within_seconds() {
        RunningApp a = instances.get(0);
        RunningApp b = instances.get(1);
        Page resident = chromium.newPage("en", Chromium.DESKTOP);
        signIn(resident, b::url, "ivan@sheber.demo", "Sheber-Demo-2026");
        resident.navigate(b.url("my-bookings"));
        Chromium.awaitVaadin(resident);
        assertThat(resident.url()).contains("/my-bookings");

        Page admin = chromium.newPage("en", Chromium.DESKTOP);
        signIn(admin, a::url, "admin@sheber.demo", "Sheber-Admin-2026");
        admin.navigate(a.url("admin/people"));
        Chromium.awaitVaadin(admin);
        admin.locator("#search input").fill("ivan@sheber.demo");
        String toggle = "[id^=toggle-] >> visible=true";
        admin.waitForCondition(() -> admin.locator(toggle).count() == 1);
        admin.locator(toggle).click();
        admin.locator("[id^=toggle-][theme~=success] >> visible=true").waitFor();
        admin.context().close();

        // Instance B learns of it at its next poll of session_end (every 2 s)
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    resident.navigate(b.url("my-bookings"));
                    return resident.url().contains("/login");
                });
        resident.context().close();
    }

    @Test
    @Order(2)
    void
            when_the_residents_instance_dies_the_balancer_sends_them_to_the_other_where_they_sign_in_and_see_their_booking() {
        Page page = chromium.newPage("en", Chromium.DESKTOP);
        signIn(page, "dana@sheber.demo");
        page.navigate(balancer.url("my-bookings"));
        Chromium.awaitVaadin(page);
        String before = page.locator("[id^=booking-]").first().getAttribute("id");
        String instance = cookie(page, "SHEBER_INSTANCE");
        assertThat(instance)
                .as("the balancer pinned the session to one instance")
                .isIn("app1", "app2");

        instances.get(instance.equals("app1") ? 0 : 1).kill();

        page.navigate(balancer.url("my-bookings"));
        page.waitForURL(url -> url.contains("/login"));
        signIn(page, "dana@sheber.demo");
        assertThat(cookie(page, "SHEBER_INSTANCE"))
                .as("now on the surviving instance")
                .isNotEqualTo(instance);
        page.navigate(balancer.url("my-bookings"));
        Chromium.awaitVaadin(page);
        assertThat(page.locator("#" + before).isVisible()).isTrue();
        page.context().close();
    }

    private static void signIn(Page page, String email) {
        signIn(page, balancer::url, email, "Sheber-Demo-2026");
    }

    private static void signIn(Page page, java.util.function.UnaryOperator<String> at, String email, String password) {
        page.navigate(at.apply("login"));
        Chromium.awaitVaadin(page);
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [part=vaadin-login-submit]")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        Chromium.awaitVaadin(page);
        page.locator("#account-menu").waitFor();
    }

    private static String cookie(Page page, String name) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals(name))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }
}
