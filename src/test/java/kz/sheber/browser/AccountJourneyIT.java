package kz.sheber.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sheber.support.TestMail;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stranger registers, confirms their email, signs in, forgets and resets their password and changes
 * language; staff invite an instructor who sets their password. All in Chromium, against the packaged app
 * with the demo centre, with every email caught by a real SMTP server.
 */
class AccountJourneyIT {

    private static final Pattern LINK = Pattern.compile("(http://[^\\s\"<>]+token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final DemoCentre centre = DemoCentre.withMail();

    /** Issue 10: a NUL or an escape pasted into a form must not be stored, nor copied into mail bodies. */
    @Test
    void control_characters_typed_into_a_name_reach_neither_the_account_nor_its_mail() throws Exception {
        String email = TestPeople.uniqueEmail("nul");
        Page page = centre.newPage("en", Chromium.PHONE);
        page.navigate(centre.url("register"));
        Chromium.awaitVaadin(page);
        page.locator("#fullName input").fill("Дана\u0000\u001b Әбенова");
        assertThat((Boolean) page.evaluate("() => /\\u0000/.test(document.querySelector('#fullName input').value)"))
                .as("the browser keeps the NUL, so the server is what removes it")
                .isTrue();
        page.locator("#email input").fill(email);
        page.locator("#password input").fill("Felt-and-wool-2026");
        page.locator("#consent input").check();
        page.locator("#register").click();
        page.getByText("Check your email").waitFor();

        String mail = Inbox.text(TestMail.awaitMessagesTo(email, 1).getLast());
        assertThat(mail)
                .contains("Hello, Дана Әбенова!")
                .doesNotContain("\u0000")
                .doesNotContain("\u001b");
        page.navigate(linkIn(TestMail.awaitMessagesTo(email, 1).getLast()));
        Chromium.awaitVaadin(page);
        page.locator("#confirm").click();
        page.getByText("your email is confirmed").waitFor();
        signIn(page, email, "Felt-and-wool-2026");
        assertThat(page.locator("#account-menu").textContent())
                .contains("Дана Әбенова")
                .doesNotContain("\u0000");
        page.context().close();
    }

    @Test
    void a_stranger_registers_confirms_signs_in_resets_the_password_and_switches_language() throws Exception {
        String email = TestPeople.uniqueEmail("stranger");
        Page page = centre.newPage("en", Chromium.PHONE);

        page.navigate(centre.url("register"));
        Chromium.awaitVaadin(page);
        page.locator("#fullName input").fill("Әсел Қасымова");
        page.locator("#email input").fill(email);
        page.locator("#password input").fill("Felt-and-wool-2026");
        Chromium.assertAccessible(page);
        page.locator("#consent input").check();
        page.locator("#register").click();
        page.getByText("Check your email").waitFor();

        page.navigate(linkIn(TestMail.awaitMessagesTo(email, 1).getLast()));
        Chromium.awaitVaadin(page);
        page.locator("#confirm").click();
        page.getByText("your email is confirmed").waitFor();

        signIn(page, email, "Felt-and-wool-2026");
        assertThat(page.locator("#account-menu").textContent()).contains("Әсел Қасымова");

        page.context().clearCookies();
        page.navigate(centre.url("forgot-password"));
        Chromium.awaitVaadin(page);
        page.locator("#email input").fill(email);
        page.locator("#send").click();
        page.getByText("a link is on its way").waitFor();
        page.navigate(linkIn(TestMail.awaitMessagesTo(email, 2).getLast()));
        Chromium.awaitVaadin(page);
        page.locator("#password input").fill("Pottery-wheel-2027");
        page.locator("#save").click();
        page.getByText("You can sign in now").waitFor();

        signIn(page, email, "Pottery-wheel-2027");
        page.locator("#account-menu").waitFor();
        page.locator("#language-ru").click();
        page.waitForCondition(() -> "ru".equals(page.getAttribute("html", "lang")));
        Chromium.awaitVaadin(page);
        assertThat(page.locator("h1").innerText()).isEqualTo("Таразский центр ремёсел");
        Chromium.assertAccessible(page);
        page.context().close();
    }

    @Test
    void staff_invite_an_instructor_who_sets_a_password_and_signs_in() throws Exception {
        String email = TestPeople.uniqueEmail("instructor");
        Page page = centre.newPage("kk", Chromium.DESKTOP);
        signIn(page, "admin@sheber.demo", "Sheber-Admin-2026");
        page.navigate(centre.url("admin/people"));
        Chromium.awaitVaadin(page);
        Chromium.assertAccessible(page);
        page.locator("#invite").click();
        page.locator("#invite-name input").fill("Нұрлан Жұмабаев");
        page.locator("#invite-email input").fill(email);
        page.locator("#invite-send").click();

        MimeMessage invitation = TestMail.awaitMessagesTo(email, 1).getLast();
        assertThat(invitation.getSubject()).isEqualTo("Қолөнер орталығына шақыру");
        page.context().close();

        Page instructor = centre.newPage("kk", Chromium.PHONE);
        instructor.navigate(linkIn(invitation));
        Chromium.awaitVaadin(instructor);
        instructor.locator("#password input").fill("Wood-carving-master-1");
        instructor.locator("#consent input").check();
        instructor.locator("#save").click();
        instructor.getByText("Енді кіруге болады").waitFor();
        signIn(instructor, email, "Wood-carving-master-1");
        assertThat(instructor.locator("#account-menu").textContent()).contains("Нұрлан Жұмабаев");
        instructor.context().close();
    }

    @Test
    void five_reset_requests_for_one_address_answer_alike_and_send_three_mails() {
        String resident = "asel@sheber.demo"; // the demo's bookings mail her too: count reset links only
        Page page = centre.newPage("en", Chromium.PHONE);
        for (int i = 0; i < 5; i++) {
            page.navigate(centre.url("forgot-password"));
            Chromium.awaitVaadin(page);
            page.locator("#email input").fill(resident);
            page.locator("#send").click();
            page.getByText("a link is on its way").waitFor();
        }
        page.context().close();

        await().atMost(Duration.ofSeconds(10)).until(() -> resetLinksTo(resident) >= 3);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> resetLinksTo(resident) == 3);
    }

    private static long resetLinksTo(String recipient) throws Exception {
        long links = 0;
        for (MimeMessage message : TestMail.messagesTo(recipient)) {
            if (textOf(message).contains("/reset-password?token=")) {
                links++;
            }
        }
        return links;
    }

    private static void signIn(Page page, String email, String password) {
        Journey.signIn(page, centre.app(), email, password);
    }

    private static String linkIn(MimeMessage message) throws Exception {
        String text = textOf(message);
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a link in: " + text).isTrue();
        // The mail links to sheber.public-url; the test app listens on its own port
        return m.group(1).replaceFirst("http://[^/]+/", centre.url(""));
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        StringBuilder all = new StringBuilder();
        collect(content, all);
        return all.toString();
    }

    private static void collect(Object content, StringBuilder into) throws Exception {
        if (content instanceof String s) {
            into.append(s);
        } else if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), into);
            }
        }
    }
}
