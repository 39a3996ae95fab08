package kz.sheber.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.notification.TestOutbox;
import kz.sheber.notification.UndeliveredMailService;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestMail;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class UndeliveredMailViewTest extends KaribuTest {

    @Autowired
    TestOutbox outbox;

    @Autowired
    TestPeople people;

    @Autowired
    UndeliveredMailService service;

    private static String card(long id) {
        return _get(Div.class, spec -> spec.withId("mail-" + id)).getElement().getTextRecursively();
    }

    @Test
    void staff_see_a_failed_mail_with_its_recipient_error_and_the_failed_count_and_send_it_again() {
        String to = TestOutbox.address();
        long failed = outbox.failed(to, "Дана Омарова");
        login(people.create(Roles.ADMIN));
        open("admin/mail", Languages.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Undelivered mail");
        assertThat(_get(Paragraph.class, spec -> spec.withId("failed-count")).getText())
                .matches("\\d+ mails? ha(s|ve) failed.*");
        assertThat(card(failed))
                .contains(
                        "Failed",
                        "Booking confirmed",
                        "Subject: Жазылдыңыз: Киіз басу",
                        "To: Дана Омарова <" + to + ">",
                        "Attempts: 10",
                        "Last error: MailConnectException");

        _click(_get(Button.class, spec -> spec.withId("send-again-" + failed)));

        expectNotifications("The mail is queued again and goes out in a moment.");
        _assertNone(Div.class, spec -> spec.withId("mail-" + failed));
        assertThat(TestMail.awaitMessagesTo(to, 1)).hasSize(1);
    }

    @Test
    void a_mail_waiting_to_retry_shows_its_next_attempt_in_russian_and_cannot_be_sent_again_yet() {
        long retrying = outbox.retrying(TestOutbox.address(), "Иван Петров");
        login(people.create(Roles.ADMIN));
        open("admin/mail", Languages.RUSSIAN);

        assertThat(card(retrying))
                .contains("Будет повторная попытка", "Запись подтверждена", "Попыток: 1", "Следующая попытка: ");
        _assertNone(Button.class, spec -> spec.withId("send-again-" + retrying));
    }

    @Test
    void a_mail_another_admin_sent_again_meanwhile_gets_a_kazakh_message_not_a_second_send() {
        String to = TestOutbox.address();
        long failed = outbox.failed(to, "Асель");
        login(people.create(Roles.ADMIN));
        open("admin/mail", Languages.KAZAKH);
        service.sendAgain(failed); // from another admin's screen
        TestMail.awaitMessagesTo(to, 1);

        _click(_get(Button.class, spec -> spec.withId("send-again-" + failed)));

        expectNotifications("Бұл хат енді жіберілмеген күйде емес: оны біреу қайта жіберіп қойған.");
        _assertNone(Div.class, spec -> spec.withId("mail-" + failed));
        assertThat(TestMail.messagesTo(to)).hasSize(1);
    }

    @Test
    void staff_have_undelivered_mail_in_the_navigation_and_a_resident_is_kept_out() {
        login(people.create(Roles.ADMIN));
        open("admin/mail", Languages.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                .contains("Undelivered mail");

        logout();
        login(people.create(Roles.RESIDENT));
        open("admin/mail", Languages.ENGLISH);
        _assertNone(UndeliveredMailView.class);
    }

    @Test
    void every_mail_template_has_a_name_staff_can_read_in_every_language() throws IOException {
        List<String> templates = java.util.Arrays.stream(
                        new PathMatchingResourcePatternResolver().getResources("classpath*:mail/*_en.properties"))
                .map(r -> r.getFilename().replace("_en.properties", ""))
                .filter(t -> !t.equals("frame"))
                .toList();
        assertThat(templates).isNotEmpty();
        for (String suffix : new String[] {"", "_kk", "_ru"}) {
            Properties bundle = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            templates.forEach(t -> assertThat(bundle).as(t + suffix).containsKey("notification.template." + t));
        }
    }
}
