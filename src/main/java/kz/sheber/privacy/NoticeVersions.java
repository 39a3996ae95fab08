package kz.sheber.privacy;

import java.time.Clock;
import java.util.List;
import kz.sheber.base.Sha256;
import kz.sheber.base.i18n.Languages;
import kz.sheber.privacy.domain.PrivacyNotice;
import kz.sheber.privacy.domain.PrivacyNoticeRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which version of the notice is in force. The version is the text itself: its three languages are hashed, and a
 * hash not seen before gets a new row (with the full text, as proof of what was agreed), so editing the text, a
 * setting it quotes or a translation makes a new version without anyone remembering to bump a number. The text
 * only changes with a restart, so it is worked out once, at start-up (several instances agree through the hash's
 * unique key).
 */
@Component
class NoticeVersions implements ApplicationRunner {

    private final NoticeWording wording;
    private final PrivacyNoticeRepository notices;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile @Nullable PrivacyNotice current;

    NoticeVersions(
            NoticeWording wording,
            PrivacyNoticeRepository notices,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.wording = wording;
        this.notices = notices;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        current();
    }

    PrivacyNotice current() {
        PrivacyNotice known = current;
        if (known == null) {
            known = publish();
            current = known;
        }
        return known;
    }

    private synchronized PrivacyNotice publish() {
        String kk = NoticeWording.written(wording.in(Languages.KAZAKH));
        String ru = NoticeWording.written(wording.in(Languages.RUSSIAN));
        String en = NoticeWording.written(wording.in(Languages.ENGLISH));
        String hash = hash(kk, ru, en);
        try {
            return ownTransaction.execute(status -> notices.findByTextHash(hash)
                    .orElseGet(() -> notices.saveAndFlush(new PrivacyNotice(hash, kk, ru, en, clock.instant()))));
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return notices.findByTextHash(hash).orElseThrow();
        }
    }

    /** The same texts give the same version on every instance and every restart. */
    static String hash(String kk, String ru, String en) {
        return Sha256.hex(String.join("\u0000", List.of(kk, ru, en)));
    }
}
