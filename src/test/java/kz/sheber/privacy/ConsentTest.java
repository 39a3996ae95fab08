package kz.sheber.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import kz.sheber.account.AccountService;
import kz.sheber.account.DeskResident;
import kz.sheber.account.Invitation;
import kz.sheber.account.Registration;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.account.StaffService;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every path into the centre records consent to the notice in force, and none completes without it. */
@SheberTest
class ConsentTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ResidentDirectory residents;

    @Autowired
    StaffService staff;

    @Autowired
    ConsentService consents;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Row(long version, String language, String channel, Long staffId) {}

    @Test
    void registration_without_the_box_ticked_is_refused_beside_it_and_leaves_no_account() {
        String email = TestPeople.uniqueEmail("noconsent");
        assertThatThrownBy(() ->
                        accounts.register(new Registration("Дана Әбенова", email, "", "kk", "Киіз-басу-шебері", false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("acceptsPrivacyNotice", "privacy.consent.required"));
        assertThat(personId(email)).isEmpty();
    }

    @Test
    void registration_records_consent_to_the_version_in_force_online_in_the_persons_language() {
        String email = TestPeople.uniqueEmail("consent");
        accounts.register(new Registration("Иван Петров", email, "", "ru", "Другой-пароль-123", true));

        long id = personId(email).getFirst();
        assertThat(consentsOf(id)).containsExactly(new Row(consents.currentVersion(), "ru", "ONLINE", null));
        assertThat(audited(id)).containsExactly("consent.given");
    }

    @Test
    void at_the_desk_staff_must_confirm_the_person_agreed_and_the_consent_names_them() {
        PersonDetails admin = people.create(Roles.ADMIN);
        TestCatalogue.signIn(admin);
        String name = "Бибігүл " + TestCatalogue.unique();

        assertThatThrownBy(() -> residents.registerAtDesk(new DeskResident(name, null, "", "kk", false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("personAgreedToPrivacyNotice", "privacy.consent.deskRequired"));
        long id = residents.registerAtDesk(new DeskResident(name, null, "", "kk", true));

        assertThat(consentsOf(id)).containsExactly(new Row(consents.currentVersion(), "kk", "DESK", admin.personId()));
        assertThat(consents.consentsOf(id).getFirst().staffName()).isEqualTo("Тест " + Roles.ADMIN);
    }

    @Test
    void an_instructor_adding_someone_at_the_door_confirms_their_consent_too() {
        PersonDetails instructor = people.create(Roles.INSTRUCTOR);
        TestCatalogue.signIn(instructor);

        assertThatThrownBy(() -> residents.registerWalkIn("Ержан " + TestCatalogue.unique(), "", "kk", false))
                .isInstanceOf(InvalidInput.class);
        long id = residents.registerWalkIn("Ержан " + TestCatalogue.unique(), "", "kk", true);

        assertThat(consentsOf(id))
                .containsExactly(new Row(consents.currentVersion(), "kk", "DESK", instructor.personId()));
    }

    @Test
    void accepting_an_invitation_needs_the_box_and_records_an_invitation_consent() {
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        String email = TestPeople.uniqueEmail("invited");
        staff.invite(new Invitation("Нұрлан Жұмабаев", email, Roles.INSTRUCTOR, "kk"));
        SecurityContextHolder.clearContext();
        String token = jdbc.sql("SELECT text_body FROM outbox_mail WHERE recipient = ?")
                .param(email)
                .query(String.class)
                .single()
                .replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        long id = personId(email).getFirst();

        assertThatThrownBy(() -> accounts.acceptInvitation(token, "Wood-carving-master-1", false))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("consent", "privacy.consent.required"));
        assertThat(consentsOf(id)).isEmpty();

        accounts.acceptInvitation(token, "Wood-carving-master-1", true);
        assertThat(consentsOf(id)).containsExactly(new Row(consents.currentVersion(), "kk", "INVITATION", null));
    }

    @Test
    void a_person_who_accepted_an_older_version_is_asked_and_accepting_twice_records_once() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        OlderNotice.onlyAcceptedBy(jdbc, dana.personId());
        TestCatalogue.signIn(dana);
        assertThat(consents.needsMyConsent()).isTrue();

        consents.acceptCurrentNotice(Locale.of("ru"));
        consents.acceptCurrentNotice(Locale.of("ru"));

        assertThat(consents.needsMyConsent()).isFalse();
        assertThat(consentsOf(dana.personId()))
                .filteredOn(r -> r.version() == consents.currentVersion())
                .containsExactly(new Row(consents.currentVersion(), "ru", "ONLINE", null));
    }

    @Test
    void instructors_are_asked_too_but_a_staff_only_account_is_not() {
        PersonDetails instructor = people.create(Roles.INSTRUCTOR);
        OlderNotice.onlyAcceptedBy(jdbc, instructor.personId());
        TestCatalogue.signIn(instructor);
        assertThat(consents.needsMyConsent()).isTrue();

        PersonDetails admin = people.create(Roles.ADMIN);
        OlderNotice.onlyAcceptedBy(jdbc, admin.personId());
        TestCatalogue.signIn(admin);
        assertThat(consents.needsMyConsent()).isFalse();
    }

    @Test
    void staff_see_who_has_not_accepted_the_version_in_force() {
        PersonDetails behind = people.create(Roles.RESIDENT, "Отстающий " + TestCatalogue.unique(), "ru", true);
        OlderNotice.onlyAcceptedBy(jdbc, behind.personId());
        PersonDetails upToDate = people.create(Roles.RESIDENT);
        TestCatalogue.signIn(people.create(Roles.ADMIN));

        List<PersonConsent> outdated = consents.people(behind.email(), true, 10);
        assertThat(outdated).singleElement().satisfies(p -> {
            assertThat(p.current()).isFalse();
            assertThat(p.latest()).isNotNull();
            assertThat(p.latest().version()).isNotEqualTo(consents.currentVersion());
        });
        assertThat(consents.people(upToDate.email(), true, 10)).isEmpty();
        assertThat(consents.people(upToDate.email(), false, 10))
                .singleElement()
                .satisfies(p -> assertThat(p.current()).isTrue());
    }

    @Test
    void visitors_cannot_accept_or_refuse_and_residents_and_instructors_cannot_read_consents() {
        assertThat(consents.needsMyConsent()).isFalse();
        assertThatThrownBy(() -> consents.acceptCurrentNotice(Locale.ENGLISH))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> consents.refuseCurrentNotice())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        for (String role : List.of(Roles.RESIDENT, Roles.INSTRUCTOR)) {
            PersonDetails someone = people.create(role);
            TestCatalogue.signIn(someone);
            assertThatThrownBy(() -> consents.consentsOf(someone.personId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.people("", false, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.acceptedCurrent()).isInstanceOf(AccessDeniedException.class);
        }
    }

    private List<Long> personId(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = ?")
                .param(email)
                .query(Long.class)
                .list();
    }

    private List<Row> consentsOf(long personId) {
        return jdbc.sql(
                        "SELECT notice_version, language, channel, staff_id FROM consent WHERE person_id = ? ORDER BY id")
                .param(personId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4)))
                .list();
    }

    private List<String> audited(long personId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE subject_id = ? AND action LIKE 'consent.%' ORDER BY id")
                .param(personId)
                .query(String.class)
                .list();
    }
}
