package kz.sheber.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kz.sheber.account.domain.SignInFailureRepository;
import kz.sheber.account.domain.SignInFailureRepository.Failures;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without letting a stranger's typos lock a resident out (README, "Sign-in limits"):
 * <ul>
 * <li>one account from one address: after 5 failures within 15 minutes that address waits until the window moves;
 * <li>one account from anywhere: from the 10th failure within a day, each failure pauses the account for 1 minute,
 * doubling with every further failure up to an hour;
 * <li>one address for every account: 100 failures within 15 minutes pause it (many residents share one address
 * on a mobile network, so this is generous), except for an account whose password was just set from a link.
 * </ul>
 * A successful sign-in or a new password from a link forgets the account's failures. Counted in the database, so
 * it holds across app instances. The address is the client's as the trusted proxy reported it (ForwardedHeaders).
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT = 5;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final int ACCOUNT_FAILURES_BEFORE_PAUSES = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofDays(1);
    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    static final int MAX_FAILURES_PER_ADDRESS = 100;

    private final SignInFailureRepository failures;
    private final Clock clock;

    SignInThrottle(SignInFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String email, String remoteAddress) {
        String account = key(email);
        String address = address(remoteAddress);
        Instant now = clock.instant();
        Instant recently = now.minus(ADDRESS_WINDOW);
        return failures.countForEmailAndAddressSince(account, address, recently) >= MAX_FAILURES_PER_ADDRESS_AND_ACCOUNT
                || isPaused(failures.forEmailSince(account, now.minus(ACCOUNT_WINDOW)), now)
                || (failures.countForAddressSince(address, recently) >= MAX_FAILURES_PER_ADDRESS
                        && !failures.passwordSetFromLinkSince(account, now.minus(ACCOUNT_WINDOW)));
    }

    static Duration pauseAfter(int failureCount) {
        if (failureCount < ACCOUNT_FAILURES_BEFORE_PAUSES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - ACCOUNT_FAILURES_BEFORE_PAUSES, 16);
        Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static boolean isPaused(Failures account, Instant now) {
        return account.latest()
                .map(latest -> now.isBefore(latest.plus(pauseAfter(account.count()))))
                .orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email, String remoteAddress) {
        failures.record(key(email), address(remoteAddress), clock.instant());
    }

    /** After a successful sign-in, or when the owner sets a new password from an emailed link. */
    @Transactional
    public void forgetFailuresOf(@Nullable String email) {
        failures.forgetEmail(key(email));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    @Transactional
    public void forgetOldFailures() {
        failures.forgetOlderThan(clock.instant().minus(ACCOUNT_WINDOW));
    }

    private static String key(@Nullable String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private static String address(String remoteAddress) {
        // The column holds an IPv6 address at most; a proxy's odd header must not break sign-in
        return remoteAddress.length() > 45 ? remoteAddress.substring(0, 45) : remoteAddress;
    }
}
