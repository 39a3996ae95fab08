package kz.sheber.account.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins lately; the sign-in page tells the person to wait. */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("Too many failed sign-ins");
    }
}
