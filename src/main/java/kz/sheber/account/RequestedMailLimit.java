package kz.sheber.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.RequestedMailRepository;
import kz.sheber.account.security.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code sheber.accounts.requested-mails-per-hour} mails an hour to one address on requests anyone can make
 * (reset links, "you already have an account", email-change links). Over the limit the mail is silently not sent:
 * the requester sees the usual answer, so the limit reveals nothing about the address.
 */
@Component
class RequestedMailLimit {

    private static final Logger log = LoggerFactory.getLogger(RequestedMailLimit.class);
    static final Duration WINDOW = Duration.ofHours(1);

    private final RequestedMailRepository sent;
    private final AccountProperties settings;
    private final Clock clock;

    RequestedMailLimit(RequestedMailRepository sent, AccountProperties settings, Clock clock) {
        this.sent = sent;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Whether one more mail may go to {@code recipient}, counting it if so. {@code account} is the person the
     * request is about; their row is locked for the rest of the caller's transaction so concurrent requests count
     * one after another.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean allowsOneMore(Person account, String recipient) {
        sent.lockPerson(account.getId());
        String key = Tokens.hash(recipient.strip().toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        if (sent.countSince(key, now.minus(WINDOW)) >= settings.requestedMailsPerHour()) {
            log.info(
                    "Not sending another requested mail about person {}: {} an hour reached",
                    account.getId(),
                    settings.requestedMailsPerHour());
            return false;
        }
        sent.record(key, now);
        return true;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    @Transactional
    public void forgetOldRequests() {
        sent.forgetOlderThan(clock.instant().minus(WINDOW));
    }
}
