package kz.sheber.audit;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import kz.sheber.account.PersonSummary;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.account.StaffService;
import kz.sheber.audit.domain.AuditLog;
import kz.sheber.base.Roles;
import kz.sheber.schedule.TimetableService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the trail: staff read all of it (the centre-wide log, a booking's, a session's or a person's history);
 * an instructor reads the history of sessions they teach; a resident reads the history of their own bookings.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The most rows one CSV export holds; a wider period is narrowed by the filters first. */
    public static final int EXPORT_LIMIT = 50_000;

    /** Each recorder names the actions it writes, so this list cannot drift from what is recorded. */
    static final List<String> ACTIONS = Stream.of(
                    BookingAudit.ACTIONS,
                    ScheduleAudit.ACTIONS,
                    AccountAudit.ACTIONS,
                    CentreAudit.ACTIONS,
                    PrivacyAudit.ACTIONS,
                    ConsentAudit.ACTIONS,
                    CourseAudit.ACTIONS)
            .flatMap(List::stream)
            .toList();

    private final AuditLog log;
    private final StaffService staff;
    private final ResidentDirectory people;
    private final TimetableService schedule;

    AuditService(AuditLog log, StaffService staff, ResidentDirectory people, TimetableService schedule) {
        this.log = log;
        this.staff = staff;
        this.people = people;
        this.schedule = schedule;
    }

    /** The centre-wide log, newest first, one page at a time. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditLine> find(AuditFilter filter, int offset, int limit) {
        return named(log.find(filter, Math.max(0, offset), Math.clamp(limit, 1, EXPORT_LIMIT)));
    }

    @RolesAllowed(Roles.ADMIN)
    public int count(AuditFilter filter) {
        return log.count(filter);
    }

    /** People to filter the log by, found by name, email or phone. */
    @RolesAllowed(Roles.ADMIN)
    public List<PersonSummary> people(String text, int limit) {
        return staff.findPeople(text, limit);
    }

    /** Every action the trail records, for the log's filter. */
    @RolesAllowed(Roles.ADMIN)
    public List<String> actions() {
        return ACTIONS;
    }

    /** Every step of one booking, oldest first: for staff on the roster and at the desk. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditLine> bookingHistory(String reference) {
        return named(log.ofObject(BookingAudit.BOOKING, reference));
    }

    /** Planning, changes and bookings of one session: staff, or the instructor who teaches it. */
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
    public List<AuditLine> sessionHistory(long sessionId) {
        List<AuditEntry> entries = log.ofSession(sessionId);
        if (people.signedInIsStaff()) {
            return named(entries);
        }
        long me = people.requireSignedInId();
        boolean teaches = schedule.card(sessionId)
                .filter(card -> card.instructorId() == me)
                .isPresent();
        if (!teaches) {
            throw new AccessDeniedException("not this instructor's session");
        }
        return unnamed(entries, me);
    }

    /** A resident's own booking, step by step: what they did and what the centre did. */
    @RolesAllowed(Roles.RESIDENT)
    public List<AuditLine> myBookingHistory(String reference) {
        long me = people.requireSignedInId();
        return unnamed(
                log.ofObject(BookingAudit.BOOKING, reference).stream()
                        .filter(entry -> Objects.equals(entry.subjectId(), me))
                        .toList(),
                me);
    }

    private List<AuditLine> named(List<AuditEntry> entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(entry -> {
            if (entry.actorId() != null) {
                ids.add(entry.actorId());
            }
            if (entry.subjectId() != null) {
                ids.add(entry.subjectId());
            }
        });
        Map<Long, String> names = ids.isEmpty() ? Map.of() : staff.namesOf(ids);
        long me = people.requireSignedInId();
        return entries.stream()
                .map(entry -> new AuditLine(
                        entry,
                        nameOf(names, entry.actorId()),
                        nameOf(names, entry.subjectId()),
                        Objects.equals(entry.actorId(), me)))
                .toList();
    }

    private static List<AuditLine> unnamed(List<AuditEntry> entries, long me) {
        return entries.stream()
                .map(entry -> new AuditLine(entry, null, null, Objects.equals(entry.actorId(), me)))
                .toList();
    }

    private static @Nullable String nameOf(Map<Long, String> names, @Nullable Long id) {
        return id == null ? null : names.get(id);
    }
}
