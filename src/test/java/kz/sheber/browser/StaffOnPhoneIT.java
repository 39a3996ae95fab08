package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff on a phone. The mail server refuses every connection: the demo centre's booking mails give up after one
 * attempt, and staff see them in Kazakh, with what went wrong and a way to send each again. Their lists keep only
 * the columns a phone has room for.
 */
class StaffOnPhoneIT {

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withoutMail(
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + closedPort(),
            "--sheber.mail.max-attempts=1",
            "--sheber.mail.poll-interval=1s");

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // free now, and nobody listens there once closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void staff_see_the_mail_that_could_not_go_out_and_queue_it_again() {
        Page page = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(page, centre.app(), "admin@sheber.demo", "Sheber-Admin-2026");

        // The demo bookings' mails fail within a poll or two; the page shows the outbox as it is when opened
        String failed = "";
        for (int look = 0; look < 30 && !failed.contains("хат жіберілмеді"); look++) {
            page.navigate(centre.url("admin/mail"));
            Chromium.awaitVaadin(page);
            failed = page.locator("#failed-count").innerText();
            if (!failed.contains("хат жіберілмеді")) {
                page.waitForTimeout(1_000);
            }
        }
        assertThat(failed).contains("хат жіберілмеді");
        var firstCard = page.locator("#mails .sheber-booking-card").first();
        assertThat(firstCard.innerText())
                .contains("Жіберілмеді")
                .contains("@sheber.demo")
                .contains("Соңғы қате");
        Chromium.assertAccessible(page);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone")
                .isTrue();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target", "browser-runs", "undelivered-phone.png")));

        firstCard.locator("vaadin-button").click();
        page.locator("vaadin-notification-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("қайта кезекке қойылды"))
                .waitFor();
    }

    @Test
    void the_people_list_keeps_name_and_actions_on_a_phone_and_shows_everything_on_a_desktop() {
        Page page = centre.newPage("kk", Chromium.PHONE);
        Journey.signIn(page, centre.app(), "admin@sheber.demo", "Sheber-Admin-2026");
        page.navigate(centre.url("admin/people"));
        Chromium.awaitVaadin(page);
        var hidden = page.locator("vaadin-grid > vaadin-grid-column[hidden]");
        hidden.first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(hidden.count())
                .as("email, phone, roles and status step aside")
                .isEqualTo(4);

        page.setViewportSize(Chromium.DESKTOP[0], Chromium.DESKTOP[1]);
        page.waitForFunction("() => !document.querySelector('vaadin-grid > vaadin-grid-column[hidden]')");
        assertThat(page.locator("vaadin-grid > vaadin-grid-column").count()).isEqualTo(6);
    }
}
