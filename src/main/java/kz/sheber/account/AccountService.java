package kz.sheber.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.sheber.account.AccountChanged.Step;
import kz.sheber.account.domain.AccountToken;
import kz.sheber.account.domain.AccountToken.Purpose;
import kz.sheber.account.domain.AccountTokenRepository;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.account.security.CurrentPerson;
import kz.sheber.account.security.SessionTerminator;
import kz.sheber.account.security.SignInThrottle;
import kz.sheber.account.security.Tokens;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does with their own account: register, verify their email, reset or change their password,
 * change their email, edit their profile. Answers never reveal whether an email address has an account.
 */
@Service
public class AccountService {

    private final PersonRepository people;
    private final AccountTokenRepository tokens;
    private final AccountLinks links;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final Validator validator;
    private final SessionTerminator sessions;
    private final SignInThrottle throttle;
    private final AccountProperties settings;
    private final RequestedMailLimit requestedMail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(
            PersonRepository people,
            AccountTokenRepository tokens,
            AccountLinks links,
            PasswordPolicy passwordPolicy,
            PasswordEncoder encoder,
            Validator validator,
            SessionTerminator sessions,
            SignInThrottle throttle,
            AccountProperties settings,
            RequestedMailLimit requestedMail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.people = people;
        this.tokens = tokens;
        this.links = links;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.validator = validator;
        this.sessions = sessions;
        this.throttle = throttle;
        this.settings = settings;
        this.requestedMail = requestedMail;
        this.clock = clock;
    }

    /**
     * Registers a resident and emails them a verification link. If the address already has an account, its
     * owner is emailed instead, and the caller sees exactly the same answer.
     */
    @PermitAll
    @Transactional
    public void register(Registration form) {
        InvalidInput.check(validator, form);
        String email = normaliseEmail(form.email());
        String phone = normalisePhone(form.phone(), "phone");
        passwordPolicy.check(form.password(), "password", email, form.fullName());
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isPresent()) {
            if (requestedMail.allowsOneMore(existing.get(), email)) {
                links.notify(existing.get(), email, "already-registered", Map.of());
            }
            return;
        }
        Person person = new Person(email, form.fullName().strip(), form.language(), clock.instant());
        person.setPhone(phone);
        person.setPasswordHash(encoder.encode(form.password()));
        person.getRoles().add(Roles.RESIDENT);
        people.save(person);
        links.send(
                person,
                Purpose.VERIFY_EMAIL,
                settings.verificationLinkValidity(),
                "verify-email",
                "verify-email",
                email,
                null,
                Map.of());
        events.publishEvent(AccountChanged.online(person.getId(), Step.REGISTERED));
        events.publishEvent(new NoticeAccepted(person.getId(), person.getLanguage(), NoticeAccepted.How.ONLINE, null));
    }

    /** Sends a fresh verification link to the signed-in person. */
    @PreAuthorize("isAuthenticated()")
    @RolesAllowed({Roles.RESIDENT, Roles.INSTRUCTOR, Roles.ADMIN}) // the signed-in person's own account
    @Transactional
    public void resendVerification() {
        Person person = me();
        if (!person.isEmailVerified() && person.getEmail() != null) {
            links.send(
                    person,
                    Purpose.VERIFY_EMAIL,
                    settings.verificationLinkValidity(),
                    "verify-email",
                    "verify-email",
                    person.getEmail(),
                    null,
                    Map.of());
        }
    }

    @PermitAll
    @Transactional
    public void verifyEmail(String token) {
        Person person =
                people.findById(use(token, Purpose.VERIFY_EMAIL).getPersonId()).orElseThrow();
        person.setEmailVerified(true);
        events.publishEvent(AccountChanged.online(person.getId(), Step.EMAIL_VERIFIED));
    }

    /**
     * Always answers the same way; only an enabled account with that address gets a link, and only a few an hour
     * ({@link RequestedMailLimit}).
     */
    @PermitAll
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw InvalidInput.field("email", "account.validation.emailRequired");
        }
        String address = normaliseEmail(email);
        people.findByEmail(address)
                .filter(Person::isEnabled)
                .filter(person -> requestedMail.allowsOneMore(person, address))
                .ifPresent(person -> links.send(
                        person,
                        Purpose.RESET_PASSWORD,
                        AccountProperties.RESET_LINK_VALIDITY,
                        "reset-password",
                        "password-reset",
                        address,
                        null,
                        Map.of("validHours", AccountProperties.RESET_LINK_VALIDITY.toHours())));
    }

    /** Sets a new password from a reset link; the link works once. */
    @PermitAll
    @Transactional
    public void setPasswordFromLink(@Nullable String token, PasswordLink kind, String newPassword) {
        if (kind == PasswordLink.INVITATION) {
            // An invitation also needs the privacy notice accepted: acceptInvitation
            throw InvalidInput.field("consent", "privacy.consent.required");
        }
        Person person = setPassword(token, kind, newPassword);
        events.publishEvent(AccountChanged.online(person.getId(), Step.PASSWORD_RESET));
    }

    /** An invited instructor or admin sets their password and accepts the privacy notice; the link works once. */
    @PermitAll
    @Transactional
    public void acceptInvitation(@Nullable String token, String newPassword, boolean acceptsPrivacyNotice) {
        if (!acceptsPrivacyNotice) {
            findUsable(token, PasswordLink.INVITATION.purpose);
            throw InvalidInput.field("consent", "privacy.consent.required");
        }
        Person person = setPassword(token, PasswordLink.INVITATION, newPassword);
        events.publishEvent(AccountChanged.online(person.getId(), Step.INVITATION_ACCEPTED));
        events.publishEvent(
                new NoticeAccepted(person.getId(), person.getLanguage(), NoticeAccepted.How.INVITATION, null));
    }

    private Person setPassword(@Nullable String token, PasswordLink kind, String newPassword) {
        AccountToken link = findUsable(token, kind.purpose);
        Person person = people.findById(link.getPersonId()).orElseThrow();
        passwordPolicy.check(newPassword, "password", person.getEmail(), person.getFullName());
        link.useAt(clock.instant());
        person.setPasswordHash(encoder.encode(newPassword));
        person.setMustChangePassword(false);
        // Following the emailed link proves the person reads that mailbox
        person.setEmailVerified(true);
        sessions.endSessionsOfAfterCommit(person.getId());
        // Whoever was guessing, the owner who just proved they read the mailbox gets in at once
        throttle.forgetFailuresOf(person.getEmail());
        return person;
    }

    /** Whether a link can still be used, so its page can say so before the person types anything. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isUsable(@Nullable String token, PasswordLink kind) {
        return token != null
                && tokens.findFirstByTokenHash(Tokens.hash(token))
                        .filter(t -> t.getPurpose() == kind.purpose && t.isUsableAt(clock.instant()))
                        .isPresent();
    }

    @PreAuthorize("isAuthenticated()")
    @RolesAllowed({Roles.RESIDENT, Roles.INSTRUCTOR, Roles.ADMIN}) // the signed-in person's own account
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Person person = meByPassword(currentPassword);
        passwordPolicy.check(newPassword, "newPassword", person.getEmail(), person.getFullName());
        if (encoder.matches(newPassword, person.getPasswordHash())) {
            throw InvalidInput.field("newPassword", "account.password.same");
        }
        person.setPasswordHash(encoder.encode(newPassword));
        person.setMustChangePassword(false);
        events.publishEvent(AccountChanged.online(person.getId(), Step.PASSWORD_CHANGED));
    }

    /**
     * Starts a change of email: the new address gets a link, and nothing changes until it is followed. An
     * address that already has an account gets no link, and the caller sees the same answer.
     */
    @PreAuthorize("isAuthenticated()")
    @RolesAllowed({Roles.RESIDENT, Roles.INSTRUCTOR, Roles.ADMIN}) // the signed-in person's own account
    @Transactional
    public void requestEmailChange(String newEmail, String currentPassword) {
        Person person = meByPassword(currentPassword);
        if (newEmail == null
                || newEmail.isBlank()
                || newEmail.length() > 254
                || !validator.validateValue(EmailCheck.class, "email", newEmail).isEmpty()) {
            throw InvalidInput.field("newEmail", "account.validation.emailInvalid");
        }
        String email = normaliseEmail(newEmail);
        if (email.equals(person.getEmail())) {
            throw InvalidInput.field("newEmail", "account.email.same");
        }
        if (people.existsByEmail(email) || !requestedMail.allowsOneMore(person, email)) {
            return;
        }
        links.send(
                person,
                Purpose.CHANGE_EMAIL,
                settings.verificationLinkValidity(),
                "confirm-email",
                "email-change-verify",
                email,
                email,
                Map.of());
    }

    @PermitAll
    @Transactional
    public void confirmEmailChange(String token) {
        AccountToken link = use(token, Purpose.CHANGE_EMAIL);
        Person person = people.findById(link.getPersonId()).orElseThrow();
        String newEmail = Objects.requireNonNull(link.getNewEmail(), "a change-of-email link has the new address");
        if (people.existsByEmail(newEmail)) {
            throw InvalidInput.form("account.email.taken");
        }
        String oldEmail = person.getEmail();
        person.setEmail(newEmail);
        person.setEmailVerified(true);
        if (oldEmail != null) {
            links.notify(person, oldEmail, "email-changed", Map.of("newEmail", newEmail));
        }
        events.publishEvent(AccountChanged.online(person.getId(), Step.EMAIL_CHANGED));
    }

    @PreAuthorize("isAuthenticated()")
    @RolesAllowed({Roles.RESIDENT, Roles.INSTRUCTOR, Roles.ADMIN}) // the signed-in person's own account
    @Transactional(readOnly = true)
    public Profile myProfile() {
        Person p = me();
        return new Profile(
                p.getId(),
                p.getFullName(),
                p.getEmail(),
                p.isEmailVerified(),
                p.getPhone(),
                p.getLanguage(),
                p.isRemindersEnabled(),
                p.isMustChangePassword(),
                Set.copyOf(p.getRoles()));
    }

    @PreAuthorize("isAuthenticated()")
    @RolesAllowed({Roles.RESIDENT, Roles.INSTRUCTOR, Roles.ADMIN}) // the signed-in person's own account
    @Transactional
    public void updateProfile(ProfileChange change) {
        InvalidInput.check(validator, change);
        Person person = me();
        person.setFullName(change.fullName().strip());
        person.setPhone(normalisePhone(change.phone(), "phone"));
        person.setLanguage(change.language());
        person.setRemindersEnabled(change.remindersEnabled());
    }

    /** Whether the signed-in person must choose a new password before anything else (a first admin). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean mustChangeMyPassword() {
        return CurrentPerson.get()
                .flatMap(p -> people.findById(p.personId()))
                .map(Person::isMustChangePassword)
                .orElse(false);
    }

    /** The signed-in person's language, for the switcher and the page; empty for a visitor. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> myLanguage() {
        return CurrentPerson.get().flatMap(p -> people.findById(p.personId())).map(Person::getLanguage);
    }

    /** The signed-in person, once they have typed their current password again (for a change that needs it). */
    private Person meByPassword(@Nullable String currentPassword) {
        Person person = me();
        if (currentPassword == null || !encoder.matches(currentPassword, person.getPasswordHash())) {
            throw InvalidInput.field("currentPassword", "account.password.currentWrong");
        }
        return person;
    }

    private Person me() {
        return people.findById(CurrentPerson.id()).orElseThrow(() -> new AccessDeniedException("no such person"));
    }

    private AccountToken use(String token, Purpose purpose) {
        AccountToken link = findUsable(token, purpose);
        link.useAt(clock.instant());
        return link;
    }

    private AccountToken findUsable(@Nullable String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw InvalidInput.form("account.link.invalid");
        }
        return tokens.findByTokenHashAndPurpose(Tokens.hash(token), purpose)
                .filter(t -> t.isUsableAt(clock.instant()))
                .orElseThrow(() -> InvalidInput.form("account.link.invalid"));
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static @Nullable String normalisePhone(@Nullable String phone, String field) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return PhoneNumbers.normalise(phone)
                .orElseThrow(() -> InvalidInput.field(field, "account.validation.phoneInvalid"));
    }

    /** Lets Bean Validation check one email address on its own. */
    record EmailCheck(@jakarta.validation.constraints.Email String email) {}
}
