package kz.sheber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import kz.sheber.account.AccountService;
import kz.sheber.account.Registration;
import kz.sheber.account.security.SignInThrottledException;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.WebAttributes;

class EmailedLinkPagesTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestPeople people;

    @Test
    void opening_a_verification_link_changes_nothing_until_the_button_is_pressed() {
        String email = TestPeople.uniqueEmail("scanner");
        accounts.register(new Registration("Mail Scanner", email, "", "en", "Felt-and-wool-2026", true));
        String token = jdbc.sql("SELECT text_body FROM outbox_mail WHERE recipient = ?")
                .param(email)
                .query(String.class)
                .single()
                .replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");

        open("verify-email?token=" + token, Languages.ENGLISH);
        assertThat(verified(email)).as("verified by merely opening the link").isFalse();

        _click(_get(Button.class, spec -> spec.withId("confirm")));
        assertThat(verified(email)).isTrue();
        assertThat(_get(H1.class).getText()).isEqualTo("Thank you: your email is confirmed.");
    }

    @Test
    void a_used_or_made_up_link_says_so_plainly() {
        open("reset-password?token=made-up-token", Languages.RUSSIAN);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText())
                .isEqualTo("Срок действия ссылки истёк, или она уже использована. Вы можете запросить новую.");
    }

    @Test
    void after_too_many_failures_the_sign_in_page_says_to_wait_in_the_readers_language() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new SignInThrottledException());

        open("login?error", Languages.KAZAKH);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Тым көп әрекет");
    }

    @Test
    void a_person_who_must_change_their_password_is_sent_to_that_page_first() {
        var admin = people.create(Roles.ADMIN);
        jdbc.sql("UPDATE person SET must_change_password = TRUE WHERE id = ?")
                .param(admin.personId())
                .update();
        login(admin);

        open("admin/people", Languages.ENGLISH);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(ChangePasswordView.class);
    }

    private boolean verified(String email) {
        return jdbc.sql("SELECT email_verified FROM person WHERE email = ?")
                .param(email)
                .query(Boolean.class)
                .single();
    }
}
