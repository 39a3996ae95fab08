package kz.sheber.notification;

import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.notification.domain.OutboxUpkeep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Mail sent to a person, while the outbox keeps it ({@code sheber.mail.keep-sent}): shown in their data export,
 * destroyed when they are erased. The outbox knows addresses, not people, so the caller names the address; the
 * erasure runs only inside the transaction of a service that has checked who may erase whom.
 */
@Component // a part of the data file and of erasure, called by their services, not a service of its own
public class PersonalMail implements PersonalDataSection {

    private final OutboxUpkeep upkeep;

    PersonalMail(OutboxUpkeep upkeep) {
        this.upkeep = upkeep;
    }

    @Override
    @PermitAll // the section's name in the file, not data
    public String name() {
        return "mail";
    }

    @Override
    @PermitAll
    public int order() {
        return 70;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Table of(Subject subject) {
        List<String> columns = List.of("createdAt", "sentAt", "status", "subject", "text");
        if (subject.email() == null) {
            return new Table(columns, List.of());
        }
        return new Table(
                columns,
                upkeep.mailTo(subject.email()).stream()
                        .map(m -> Arrays.<Object>asList(m.createdAt(), m.sentAt(), m.status(), m.subject(), m.text()))
                        .toList());
    }

    /** Deletes every mail to the address, sent or waiting: nothing more goes to an erased person. */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public int destroyMailTo(String email) {
        return upkeep.deleteMailTo(email);
    }

    /**
     * Takes an erased person's name out of the mail kept for others (an instructor's name in the mail to their
     * class). Names shorter than {@link #SHORTEST_NAME} are left: replacing them could change unrelated words.
     */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.length() < SHORTEST_NAME) {
            return 0;
        }
        return upkeep.replaceName(name, HtmlUtils.htmlEscape(name), "—");
    }

    static final int SHORTEST_NAME = 5;
}
