package kz.sheber.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonContacts;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.account.security.CurrentPerson;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the booking feature needs them: how to reach someone about a booking, and residents staff add at the
 * desk (no password; an email only if they have one). {@link #contact} is for other features' own use (mail,
 * reminders), never shown to another person, so it needs nobody signed in.
 */
@Service
public class ResidentDirectory {

    private final PersonRepository people;
    private final PersonContacts contacts;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResidentDirectory(
            PersonRepository people,
            PersonContacts contacts,
            Validator validator,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.contacts = contacts;
        this.validator = validator;
        this.clock = clock;
    }

    /** Who is calling, for other features: the signed-in person's id, or empty for a visitor. */
    @PermitAll // tells callers only who they are themselves
    public Optional<Long> signedInId() {
        return CurrentPerson.get().map(p -> p.personId());
    }

    /** Whether the caller is centre staff, who may reach every session's bookings and roster. */
    @PermitAll // tells callers only who they are themselves
    public boolean signedInIsStaff() {
        return signedInHolds(Roles.ADMIN);
    }

    /** Whether the caller holds this role ({@link Roles}); false for a visitor. */
    @PermitAll // tells callers only who they are themselves
    public boolean signedInHolds(String role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    /** Whether the caller is this person (an instructor reaching their own classes) or staff; false for a visitor. */
    @PermitAll // tells callers only who they are themselves
    public boolean signedInIsSelfOrStaff(long personId) {
        return signedInIsStaff() || signedInId().filter(me -> me == personId).isPresent();
    }

    /**
     * For erasure and retention: the person themselves, staff, or a background job (a scheduled thread has no
     * authentication at all, while every web request has one, an anonymous one for a visitor).
     */
    @PermitAll // is itself the check
    public void requireSelfStaffOrJob(long personId) {
        if (SecurityContextHolder.getContext().getAuthentication() != null && !signedInIsSelfOrStaff(personId)) {
            throw new AccessDeniedException("not this person's record");
        }
    }

    /** The signed-in person's id; refuses a visitor. */
    @PermitAll // tells callers only who they are themselves
    public long requireSignedInId() {
        return CurrentPerson.id();
    }

    /**
     * How to reach a resident about their booking: for other features' server-side work (mail, reminders, a
     * waiting-list promotion by the system), which may run with nobody signed in. No view may call it (an
     * ArchitectureTest rule): what a person sees of another comes from a checked method such as a roster.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ResidentContact> contact(long personId) {
        return contacts.enabled(personId, Roles.RESIDENT)
                .map(p -> new ResidentContact(
                        p.id(),
                        p.fullName(),
                        p.email(),
                        p.emailVerified(),
                        p.phone(),
                        p.language(),
                        p.remindersEnabled(),
                        p.hasRole()));
    }

    /**
     * Anyone's name, enabled or not, for other features' own lists (a roster): empty text for an erased person,
     * whom screens show as "Erased person". Like {@link #contact}, for services only (no view may call it).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long personId) {
        return people.findById(personId).map(Person::getFullName);
    }

    /** Staff add a resident who phoned or walked in; an email already in use is refused beside its field. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public long registerAtDesk(DeskResident form) {
        return register(form);
    }

    /**
     * An instructor (or staff) adds someone who came to the door: a name, a phone if they give one, no email, and
     * their word that they agree to the privacy notice.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional
    public long registerWalkIn(String fullName, String phone, String language, boolean personAgreedToPrivacyNotice) {
        return register(new DeskResident(fullName, null, phone, language, personAgreedToPrivacyNotice));
    }

    private long register(DeskResident form) {
        InvalidInput.check(validator, form);
        String email =
                form.email() == null || form.email().isBlank() ? null : AccountService.normaliseEmail(form.email());
        if (email != null && people.existsByEmail(email)) {
            throw InvalidInput.field("email", "account.desk.emailTaken");
        }
        Person person = new Person(email, form.fullName().strip(), form.language(), clock.instant());
        person.setPhone(AccountService.normalisePhone(form.phone(), "phone"));
        person.getRoles().add(Roles.RESIDENT);
        long id = people.save(person).getId();
        events.publishEvent(AccountChanged.byStaff(id, AccountChanged.Step.REGISTERED, List.of()));
        // Staff are always a person; only the demo's seeding acts as staff without being one
        events.publishEvent(new NoticeAccepted(
                id, form.language(), NoticeAccepted.How.DESK, signedInId().orElse(null)));
        return id;
    }
}
