package kz.sheber.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.sheber.account.domain.AccountTokenRepository;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.account.domain.SignInFailureRepository;
import kz.sheber.account.security.CurrentPerson;
import kz.sheber.account.security.SessionTerminator;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's part of erasing a person (the privacy feature runs the whole erasure): proving it is really them,
 * and emptying every personal field of their record, their emailed links and their failed sign-ins. A person may
 * erase only themselves, staff anyone; the retention job runs with nobody signed in.
 */
@Service
public class PersonErasure {

    private final PersonRepository people;
    private final AccountTokenRepository tokens;
    private final SignInFailureRepository failures;
    private final PasswordEncoder encoder;
    private final SessionTerminator sessions;
    private final ResidentDirectory directory;
    private final Clock clock;

    PersonErasure(
            PersonRepository people,
            AccountTokenRepository tokens,
            SignInFailureRepository failures,
            PasswordEncoder encoder,
            SessionTerminator sessions,
            ResidentDirectory directory,
            Clock clock) {
        this.directory = directory;
        this.people = people;
        this.tokens = tokens;
        this.failures = failures;
        this.encoder = encoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Refuses beside the password field unless it is the signed-in person's password. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long checkMyPassword(String password) {
        Person me = people.findById(CurrentPerson.id()).orElseThrow(() -> new AccessDeniedException("no such person"));
        if (password == null
                || password.isEmpty()
                || me.getPasswordHash() == null
                || !encoder.matches(password, me.getPasswordHash())) {
            throw InvalidInput.field("password", "privacy.erase.passwordWrong");
        }
        return me.getId();
    }

    /** What erasure needs before the record is emptied (the name and address in its mail); empty once erased. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ErasableAccount> erasable(long personId) {
        directory.requireSelfStaffOrJob(personId);
        return people.findById(personId)
                .filter(p -> p.getErasedAt() == null)
                .map(p -> new ErasableAccount(
                        p.getId(),
                        p.getFullName(),
                        p.getEmail(),
                        p.getLanguage(),
                        p.getRoles().contains(Roles.ADMIN)));
    }

    /** Empties the record for good, in the caller's transaction; the person's sessions end once it commits. */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long personId) {
        directory.requireSelfStaffOrJob(personId);
        Person person = people.findById(personId).orElseThrow(() -> InvalidInput.form("account.person.gone"));
        if (person.getErasedAt() != null) {
            return;
        }
        if (person.getEmail() != null) {
            failures.forgetEmail(person.getEmail());
        }
        tokens.deleteAllByPersonId(personId);
        person.erase(clock.instant());
        people.flush();
        sessions.endSessionsOfAfterCommit(personId);
    }

    /**
     * Their last sign-in, or registration if they never signed in, and whether retention applies to them (residents
     * only, not yet erased): for staff's person page.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<Seen> lastSeen(long personId) {
        return people.findById(personId)
                .map(p -> new Seen(
                        lastSeen(p),
                        p.getErasedAt() == null && p.getRoles().equals(Set.of(Roles.RESIDENT)),
                        p.getErasedAt()));
    }

    /** @param retained whether retention will anonymise them one day (a resident, nothing more, not erased) */
    public record Seen(
            Instant lastSeen, boolean retained, @Nullable Instant erasedAt) {}

    /**
     * Residents (nothing else) not signed in since {@code cutoff}, after id {@code after}, up to {@code limit}:
     * candidates for the retention job, which checks their bookings before it erases anyone.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Long> dormantResidents(Instant cutoff, long after, int limit) {
        directory.requireSelfStaffOrJob(-1);
        return people.dormantResidents(cutoff, after, PageRequest.of(0, limit));
    }

    private static Instant lastSeen(Person p) {
        return p.getLastSignedInAt() != null ? p.getLastSignedInAt() : p.getCreatedAt();
    }

    /** @param admin whether they are staff: an admin's own deletion is refused, another admin must do it */
    public record ErasableAccount(
            long id, String fullName, @Nullable String email, String language, boolean admin) {}
}
