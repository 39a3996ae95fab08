package kz.sheber.account.security;

import kz.sheber.account.SignInAttempted.Outcome;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password sign-in with throttling: the only way in (SecurityConfiguration gives Spring Security no
 * other provider). The disabled check comes after the password check, so the answer to a wrong password is the
 * same whether the account exists, is disabled or not.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInRecorder recorder;

    ThrottledAuthenticationProvider(
            PersonDetailsService people, PasswordEncoder encoder, SignInThrottle throttle, SignInRecorder recorder) {
        this.recorder = recorder;
        this.passwords = new DaoAuthenticationProvider(people::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        // Enabled is checked below, after the password, so "disabled" is never revealed to a guesser
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (throttle.isThrottled(email, address)) {
            recorder.refused(email, Outcome.THROTTLED, address);
            throw new SignInThrottledException();
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, address);
            recorder.refused(email, Outcome.FAILED, address);
            throw e;
        }
        if (!(result.getPrincipal() instanceof PersonDetails person) || !person.enabled()) {
            recorder.refused(email, Outcome.FAILED, address);
            throw new DisabledException("disabled");
        }
        throttle.forgetFailuresOf(email);
        recorder.succeeded(person, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
