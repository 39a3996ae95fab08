package kz.sheber.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.sheber.audit.domain.AuditLog;
import kz.sheber.base.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a person's own records in their data export: every step of their bookings and account, with
 * where it was taken (online, at the desk, at the door, by the app) but not which member of staff took it.
 */
@Component
class HistoryData implements PersonalDataSection {

    private final AuditLog log;

    HistoryData(AuditLog log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Table of(Subject subject) {
        return new Table(
                List.of("at", "action", "object", "channel", "byThemselves", "changes"),
                log.ofSubject(subject.personId()).stream()
                        .map(e -> Arrays.<Object>asList(
                                e.at(),
                                e.action(),
                                e.objectId(),
                                e.channel(),
                                Objects.equals(e.actorId(), subject.personId()),
                                e.changes().stream()
                                        .map(c -> c.field() + ": " + (c.before() == null ? "" : c.before()) + " → "
                                                + (c.after() == null ? "" : c.after()))
                                        .collect(Collectors.joining("; "))))
                        .toList());
    }
}
