package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.Map;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * On a phone, in Kazakh: a stranger cannot register without accepting the privacy notice, then registers with it.
 * The operator fills in the centre's BIN and restarts, which makes a new version of the notice: the resident is asked
 * once to accept it, and a demo resident who refuses is signed out.
 */
class ConsentJourneyIT {

    private static final String PASSWORD = "Felt-and-wool-2026";

    @Test
    void a_resident_registers_with_consent_and_after_the_notice_changes_is_asked_once() {
        Path data = RunningApp.freshDataDirectory();
        String email = TestPeople.uniqueEmail("consent");
        try (Chromium chromium = new Chromium()) {
            try (RunningApp app = RunningApp.startOn(data, Map.of(), "--spring.profiles.active=demo")) {
                Page page = chromium.newPage("kk", Chromium.PHONE);
                page.navigate(app.url("register"));
                Chromium.awaitVaadin(page);
                page.locator("#fullName input").fill("Әсел Қасымова");
                page.locator("#email input").fill(email);
                page.locator("#password input").fill(PASSWORD);
                page.locator("#register").click();
                page.getByText("Құпиялылық туралы хабарламаны қабылдаңыз: онсыз")
                        .waitFor();
                page.locator("#consent input").check();
                page.locator("#register").click();
                page.getByText("Поштаңызды тексеріңіз").waitFor();

                Journey.signIn(page, app, email, PASSWORD);
                page.locator("#account-menu").waitFor();
                assertThat(page.locator("#consent-accept").count())
                        .as("nothing to accept again")
                        .isZero();
                page.context().close();
            }

            try (RunningApp app = RunningApp.startOn(
                    data, Map.of(), "--spring.profiles.active=demo", "--sheber.privacy.notice.bin=123456789012")) {
                Page page = chromium.newPage("kk", Chromium.PHONE);
                Journey.signIn(page, app, email, PASSWORD);
                page.locator("#consent-accept").waitFor();
                assertThat(page.locator("h1").innerText()).isEqualTo("Құпиялылық туралы хабарламамыз өзгерді");
                assertThat(page.locator("#privacy-notice").innerText())
                        .contains("БСН 123456789012")
                        .contains("2-нұсқа");
                Chromium.assertAccessible(page);
                page.locator("#consent-accept").click();
                page.locator("#consent-accept")
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                                .setState(WaitForSelectorState.DETACHED));
                page.navigate(app.url("my-bookings"));
                Chromium.awaitVaadin(page);
                assertThat(page.locator("#consent-accept").count())
                        .as("asked once")
                        .isZero();
                page.context().close();

                Page dana = chromium.newPage("ru", Chromium.PHONE);
                Journey.signIn(dana, app, "dana@sheber.demo", "Sheber-Demo-2026");
                dana.locator("#consent-refuse").click();
                dana.locator("#consent-refuse")
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                                .setState(WaitForSelectorState.DETACHED));
                dana.navigate(app.url("my-bookings"));
                dana.waitForURL(url -> url.contains("/login"));
                dana.context().close();
            }
        }
    }
}
