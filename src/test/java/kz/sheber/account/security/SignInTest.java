package kz.sheber.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in check the app really uses (the one AuthenticationManager), with its limits. */
@SheberTest
class SignInTest {

    private static final String WRONG = "wrong-password!";

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_right_password_signs_in_whatever_the_letter_case_of_the_email() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        Authentication result =
                signIn.authenticate(attempt(dana.email().toUpperCase(), TestPeople.PASSWORD, "10.0.0.1"));
        assertThat(result.getPrincipal()).isEqualTo(dana);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), WRONG, "10.0.0.2")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(TestPeople.uniqueEmail("x"), WRONG, "10.0.0.2")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_failures_from_one_address_hold_back_that_address_only_until_the_window_moves_on() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        failTimes(5, dana.email(), "10.1.0.1");

        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.1.0.1")))
                .isInstanceOf(SignInThrottledException.class);
        // The owner on their own phone is not locked out by a stranger's typos
        assertThat(signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.1.0.2"))
                        .isAuthenticated())
                .isTrue();

        failTimes(5, dana.email(), "10.1.0.1");
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.1.0.1"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void from_the_tenth_failure_anywhere_the_account_pauses_and_each_further_failure_doubles_the_pause() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        for (int i = 0; i < 10; i++) {
            failTimes(1, dana.email(), "10.2.0." + i);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.2.1.1")))
                .isInstanceOf(SignInThrottledException.class);

        clock.advance(Duration.ofSeconds(61));
        failTimes(1, dana.email(), "10.2.1.2");
        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.2.1.3")))
                .as("the 11th failure pauses for two minutes")
                .isInstanceOf(SignInThrottledException.class);
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.2.1.3"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void pauses_double_from_the_tenth_failure_and_never_exceed_an_hour() {
        assertThat(SignInThrottle.pauseAfter(9)).isZero();
        assertThat(SignInThrottle.pauseAfter(10)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.pauseAfter(13)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInThrottle.pauseAfter(16)).isEqualTo(Duration.ofHours(1));
        assertThat(SignInThrottle.pauseAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_hundred_failures_from_one_address_pause_it_for_every_account() {
        String sprayer = "10.3.0.1";
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure(TestPeople.uniqueEmail("spray"), sprayer);
        }
        PersonDetails dana = people.create(Roles.RESIDENT);
        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, sprayer)))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.3.0.2"))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void a_disabled_account_answers_a_wrong_password_as_any_other_and_is_refused_with_the_right_one() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        jdbc.sql("UPDATE person SET enabled = FALSE WHERE id = ?")
                .param(dana.personId())
                .update();
        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), WRONG, "10.4.0.1")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD, "10.4.0.1")))
                .isInstanceOf(DisabledException.class);
    }

    private void failTimes(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(email, WRONG, address)))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
