package kz.sheber.account;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sheber.account.AccountChanged.Step;
import kz.sheber.account.domain.AccountToken.Purpose;
import kz.sheber.account.domain.Person;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.account.security.CurrentPerson;
import kz.sheber.account.security.SessionTerminator;
import kz.sheber.base.FieldChange;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What centre staff do with accounts: find people, invite instructors and admins, change roles, disable. */
@Service
@RolesAllowed(Roles.ADMIN)
public class StaffService {

    private final PersonRepository people;
    private final AccountLinks links;
    private final Validator validator;
    private final SessionTerminator sessions;
    private final AccountProperties settings;
    private final Clock clock;
    private final I18NProvider translations;
    private final ApplicationEventPublisher events;

    StaffService(
            PersonRepository people,
            AccountLinks links,
            Validator validator,
            SessionTerminator sessions,
            AccountProperties settings,
            Clock clock,
            I18NProvider translations,
            ApplicationEventPublisher events) {
        this.events = events;
        this.translations = translations;
        this.people = people;
        this.links = links;
        this.validator = validator;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> findPeople(String text, int limit) {
        String query = text == null ? "" : text.strip();
        return people.search(query, PageRequest.of(0, Math.min(Math.max(limit, 1), 500))).stream()
                .map(StaffService::summary)
                .toList();
    }

    /** The names of these people, for staff reading the audit trail; an id of nobody is left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        people.findAllById(ids).forEach(person -> names.put(person.getId(), person.getFullName()));
        return names;
    }

    /** Creates the account (or adds the role to an existing one) and emails a set-your-password link. */
    @Transactional
    public void invite(Invitation invitation) {
        InvalidInput.check(validator, invitation);
        String email = AccountService.normaliseEmail(invitation.email());
        Person person = people.findByEmail(email).orElse(null);
        if (person != null && person.getRoles().contains(invitation.role())) {
            throw InvalidInput.field("email", "account.invite.alreadyHasRole");
        }
        if (person == null) {
            person = people.save(
                    new Person(email, invitation.fullName().strip(), invitation.language(), clock.instant()));
        }
        person.getRoles().add(invitation.role());
        events.publishEvent(AccountChanged.byStaff(
                person.getId(), Step.INVITED, List.of(FieldChange.of("role", null, invitation.role()))));
        String inviter =
                people.findById(CurrentPerson.id()).map(Person::getFullName).orElse("");
        if (person.getPasswordHash() == null) {
            links.send(
                    person,
                    Purpose.INVITATION,
                    settings.invitationLinkValidity(),
                    "invitation",
                    "invitation",
                    email,
                    null,
                    Map.of(
                            "role",
                            translations.getTranslation(
                                    "role." + invitation.role(),
                                    Languages.of(invitation.language()).orElse(Languages.KAZAKH)),
                            "inviterName",
                            inviter));
        }
    }

    @Transactional
    public void setRoles(long personId, Set<String> roles) {
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            throw InvalidInput.form("account.roles.invalid");
        }
        Person person = people.findById(personId).orElseThrow(() -> InvalidInput.form("account.person.gone"));
        if (personId == CurrentPerson.id() && !roles.contains(Roles.ADMIN)) {
            throw InvalidInput.form("account.roles.ownAdmin");
        }
        Set<String> before = Set.copyOf(person.getRoles());
        person.getRoles().clear();
        person.getRoles().addAll(new HashSet<>(roles));
        roles.stream()
                .filter(role -> !before.contains(role))
                .sorted()
                .forEach(role -> events.publishEvent(AccountChanged.byStaff(
                        personId, Step.ROLE_GRANTED, List.of(FieldChange.of("role", null, role)))));
        before.stream()
                .filter(role -> !roles.contains(role))
                .sorted()
                .forEach(role -> events.publishEvent(AccountChanged.byStaff(
                        personId, Step.ROLE_REMOVED, List.of(FieldChange.of("role", role, null)))));
        // Roles are read at sign-in; ending the sessions makes the change take effect now (once it has committed)
        sessions.endSessionsOfAfterCommit(personId);
    }

    /** A disabled account cannot sign in, and its open sessions end at once. */
    @Transactional
    public void setEnabled(long personId, boolean enabled) {
        if (personId == CurrentPerson.id()) {
            throw InvalidInput.form("account.disable.self");
        }
        Person person = people.findById(personId).orElseThrow(() -> InvalidInput.form("account.person.gone"));
        boolean was = person.isEnabled();
        person.setEnabled(enabled);
        if (was != enabled) {
            events.publishEvent(AccountChanged.byStaff(personId, enabled ? Step.ENABLED : Step.DISABLED, List.of()));
        }
        if (!enabled) {
            sessions.endSessionsOfAfterCommit(personId);
        }
    }

    private static PersonSummary summary(Person p) {
        return new PersonSummary(
                p.getId(),
                p.getFullName(),
                p.getEmail(),
                p.getPhone(),
                Set.copyOf(p.getRoles()),
                p.isEnabled(),
                p.isEmailVerified(),
                p.getPasswordHash() == null && p.getEmail() != null);
    }
}
