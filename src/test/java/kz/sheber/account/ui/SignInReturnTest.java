package kz.sheber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import kz.sheber.base.i18n.Languages;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** Every way to the sign-in page remembers the page the person came from, and only pages of this site. */
class SignInReturnTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sign_in_to_book_on_a_session_page_carries_the_session_page() {
        SessionCard session = sessions.session(8);
        open("session/" + session.id(), Languages.RUSSIAN);

        assertThat(_get(Anchor.class, spec -> spec.withId("booking-sign-in")).getHref())
                .isEqualTo("login?continue=%2Fsession%2F" + session.id());
        assertThat(_get(RouterLink.class, spec -> spec.withId("sign-in")).getHref())
                .isEqualTo("login?continue=%2Fsession%2F" + session.id());
    }

    @Test
    void signing_in_from_the_login_page_with_a_return_path_lands_on_that_page() throws Exception {
        open("login?continue=/session/12", Languages.KAZAKH);

        var stored = VaadinSession.getCurrent()
                .getSession()
                .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        assertThat(stored).isEqualTo("/session/12");
        assertThat(_get(RouterLink.class, spec -> spec.withId("login-register")).getHref())
                .isEqualTo("register?continue=%2Fsession%2F12");
        // Vaadin's success handler, as the security configuration uses it, follows that attribute
        assertThat(redirectAfterSignIn(String.valueOf(stored))).isEqualTo("/session/12");
    }

    @Test
    void an_address_on_another_site_is_not_a_place_to_return_to() {
        open("login?continue=https://evil.example/session/12", Languages.ENGLISH);
        open("login?continue=//evil.example/", Languages.ENGLISH);

        assertThat(VaadinSession.getCurrent()
                        .getSession()
                        .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE))
                .isNull();
        assertThat(_get(RouterLink.class, spec -> spec.withId("login-register")).getHref())
                .isEqualTo("register");
    }

    @Test
    void registering_and_confirming_the_email_in_this_browser_leads_back_to_the_session() {
        SessionCard session = sessions.session(8);
        String email = TestPeople.uniqueEmail("return");
        open("register?continue=/session/" + session.id(), Languages.RUSSIAN);
        _setValue(_get(TextField.class, spec -> spec.withId("fullName")), "Айгерим Сапарова");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "Felt-and-wool-2026");
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
        _click(_get(Button.class, spec -> spec.withId("register")));
        String token = jdbc.sql("SELECT text_body FROM outbox_mail WHERE recipient = ?")
                .param(email)
                .query(String.class)
                .single()
                .replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");

        open("verify-email?token=" + token, Languages.RUSSIAN);
        _click(_get(Button.class, spec -> spec.withId("confirm")));

        Anchor back = _get(Anchor.class, spec -> spec.withId("continue"));
        assertThat(back.getHref()).isEqualTo("login?continue=%2Fsession%2F" + session.id());
        assertThat(back.getText()).isEqualTo("Войти и вернуться на страницу, с которой вы пришли");
    }

    private static String redirectAfterSignIn(String storedAbsolute) throws Exception {
        VaadinSavedRequestAwareAuthenticationSuccessHandler handler =
                new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/start");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, storedAbsolute);
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationSuccess(request, response, new TestingAuthenticationToken("dana", null));
        return response.getRedirectedUrl();
    }
}
