package kz.sheber.privacy.erasure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import kz.sheber.account.PersonErasure;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.PlainText;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.ErasureCancellations;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.course.CourseService;
import kz.sheber.notification.PersonalMail;
import kz.sheber.privacy.PersonErased;
import kz.sheber.privacy.erasure.domain.ErasureRecords;
import kz.sheber.roster.ClassMessageRetention;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasing a person, in two steps. First their upcoming bookings and waiting places end through the booking
 * service, each exactly as a cancellation (seats go to the waiting list, mails go out). Then, in one transaction,
 * every personal field goes: the account's name, email, phone, password and links, the private calendar address,
 * the mail addressed to them, their name on messages they wrote and an instructor's bio. Bookings and attendance
 * stay, pointing at an anonymous record. A second call finds nothing left to erase, so an erasure interrupted
 * midway can be repeated.
 */
@Service
public class ErasureService {

    static final int REASON_LENGTH = 500;

    private final PersonErasure accounts;
    private final ResidentDirectory people;
    private final BookingService bookings;
    private final CourseService courses;
    private final PersonalMail mail;
    private final ClassMessageRetention messages;
    private final CatalogueService catalogue;
    private final ErasureRecords records;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ErasureService(
            PersonErasure accounts,
            ResidentDirectory people,
            BookingService bookings,
            CourseService courses,
            PersonalMail mail,
            ClassMessageRetention messages,
            CatalogueService catalogue,
            ErasureRecords records,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.courses = courses;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.people = people;
        this.bookings = bookings;
        this.mail = mail;
        this.messages = messages;
        this.records = records;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The signed-in person deletes their own account, confirmed with their password; staff cannot (see below). */
    @PreAuthorize("isAuthenticated()")
    public void eraseMe(String password) {
        long me = accounts.checkMyPassword(password);
        var account = accounts.erasable(me).orElseThrow(() -> InvalidInput.form("account.person.gone"));
        if (account.admin()) {
            // An admin's account is the centre's, not only theirs: another admin removes it, with a reason
            throw InvalidInput.form("privacy.erase.adminSelf");
        }
        erase(me, "ONLINE", null, "");
    }

    /** Staff erase a person who asked at the desk or by letter (walk-ins without email too), with the reason. */
    @RolesAllowed(Roles.ADMIN)
    public void eraseByStaff(long personId, String reason) {
        String why = reason == null ? "" : PlainText.line(reason).strip();
        if (why.isEmpty()) {
            throw InvalidInput.field("reason", "privacy.erase.reasonRequired");
        }
        if (why.length() > REASON_LENGTH) {
            throw InvalidInput.field("reason", "privacy.erase.reasonTooLong");
        }
        long staff = people.requireSignedInId();
        if (staff == personId) {
            throw InvalidInput.form("privacy.erase.staffSelf");
        }
        accounts.erasable(personId).orElseThrow(() -> InvalidInput.form("privacy.erase.gone"));
        erase(personId, "DESK", staff, why);
    }

    /** The retention job's erasure of a resident not seen for years; runs with nobody signed in. */
    @PermitAll
    public boolean eraseDormant(long personId) {
        people.requireSelfStaffOrJob(-1);
        return erase(personId, "SYSTEM", null, "retention");
    }

    /** When and why a person was erased, for staff's person page; empty if they were not. */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Erasure> erasureOf(long personId) {
        return records.of(personId).map(e -> new Erasure(e.erasedAt(), e.channel(), e.byPerson(), e.reason()));
    }

    /** When, how (ONLINE, DESK, SYSTEM), by which member of staff and why a person was erased. */
    public record Erasure(
            Instant erasedAt, String channel, @Nullable Long byPerson, String reason) {}

    private boolean erase(long personId, String channel, @Nullable Long by, String reason) {
        courses.leaveAllOf(personId); // a course's dates go back to the course, and its waiting list moves up
        ErasureCancellations ended = bookings.cancelUpcomingOf(personId);
        Boolean done = transaction.execute(status -> {
            var account = accounts.erasable(personId);
            if (account.isEmpty()) {
                return false;
            }
            int mails = account.get().email() == null
                    ? 0
                    : mail.destroyMailTo(account.get().email());
            mail.forgetName(account.get().fullName());
            bookings.forgetCalendarFeedOf(personId);
            messages.forgetSender(personId);
            catalogue.forgetBioOf(personId);
            accounts.erase(personId);
            records.insert(personId, clock.instant(), channel, by, reason);
            events.publishEvent(new PersonErased(personId, channel, ended.bookings(), ended.waitingPlaces(), mails));
            return true;
        });
        return Boolean.TRUE.equals(done);
    }
}
