package kz.sheber.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SheberTest
class SignInTest {

    @Autowired PersonDetailsService details;
    @Autowired PasswordEncoder encoder;
    @Autowired SignInThrottle throttle;
    @Autowired TestPeople people;
    @Autowired JdbcClient jdbc;

    @Test
    void the_right_password_signs_in_whatever_the_letter_case_of_the_email() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        Authentication result = provider().authenticate(attempt(dana.email().toUpperCase(), TestPeople.PASSWORD, "10.0.0.1"));
        assertThat(result.getPrincipal()).isEqualTo(dana);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        assertThatThrownBy(() -> provider().authenticate(attempt(dana.email(), "wrong-password!", "10.0.0.2")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider().authenticate(attempt(TestPeople.uniqueEmail("x"), "wrong-password!", "10.0.0.2")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void after_five_failures_for_an_account_even_the_right_password_is_refused_for_a_while() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        for (int i = 0; i < 5; i++) {
            String address = "10.1.0." + i;
            assertThatThrownBy(() -> provider().authenticate(attempt(dana.email(), "wrong-password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider().authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.1.0.9")))
                .isInstanceOf(SignInThrottledException.class);

        // The window moves on: once the failures are older than 15 minutes, the person gets in again
        jdbc.sql("UPDATE sign_in_failure SET failed_at = failed_at - INTERVAL 16 MINUTE WHERE email = ?")
                .param(dana.email()).update();
        assertThat(provider().authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.1.0.9")).isAuthenticated())
                .isTrue();
    }

    @Test
    void after_five_failures_from_one_address_that_address_is_refused_for_every_account() {
        String address = "10.2.0.1";
        for (int i = 0; i < 5; i++) {
            String email = TestPeople.uniqueEmail("spray");
            assertThatThrownBy(() -> provider().authenticate(attempt(email, "wrong-password!", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        PersonDetails dana = people.create(Roles.RESIDENT);
        assertThatThrownBy(() -> provider().authenticate(attempt(dana.email(), TestPeople.PASSWORD, address)))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(provider().authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.2.0.2")).isAuthenticated())
                .isTrue();
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        jdbc.sql("UPDATE person SET enabled = FALSE WHERE id = ?").param(dana.personId()).update();
        assertThatThrownBy(() -> provider().authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.3.0.1")))
                .isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> provider().authenticate(attempt(dana.email(), "wrong-password!", "10.3.0.1")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    private ThrottledAuthenticationProvider provider() {
        return new ThrottledAuthenticationProvider(details, encoder, throttle);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
