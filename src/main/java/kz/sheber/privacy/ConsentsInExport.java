package kz.sheber.privacy;

import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.privacy.domain.ConsentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's consents in their own data file: which version of the notice, when, in which language and how.
 * Not the staff member's name: the file is the person's, the desk's colleague is not.
 */
@Component
class ConsentsInExport implements PersonalDataSection {

    private final ConsentRepository consents;

    ConsentsInExport(ConsentRepository consents) {
        this.consents = consents;
    }

    @Override
    public String name() {
        return "consents";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    @PermitAll // the export has checked who may read this person's file
    @Transactional(readOnly = true)
    public Table of(Subject subject) {
        return new Table(
                List.of("version", "givenAt", "language", "channel"),
                consents.findByPersonIdOrderByGivenAtDesc(subject.personId()).stream()
                        .map(c -> Arrays.<Object>asList(
                                c.getNoticeVersion(),
                                c.getGivenAt(),
                                c.getLanguage(),
                                c.getChannel().name()))
                        .toList());
    }
}
