package kz.sheber.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kz.sheber.account.domain.SignInFailureRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After 5 failed sign-ins for one account, or from one address, within 15 minutes, further tries are refused
 * until the window has moved on. Counted in the database, so it holds across app instances.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SignInFailureRepository failures;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String email, String remoteAddress) {
        Instant since = clock.instant().minus(WINDOW);
        return failures.countForEmailSince(key(email), since) >= MAX_FAILURES
                || failures.countForAddressSince(remoteAddress, since) >= MAX_FAILURES;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email, String remoteAddress) {
        failures.record(key(email), remoteAddress, clock.instant());
    }

    @Transactional
    public void recordSuccess(String email) {
        failures.forgetEmail(key(email));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    @Transactional
    public void forgetOldFailures() {
        failures.forgetOlderThan(clock.instant().minus(WINDOW.multipliedBy(4)));
    }

    private static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
