package kz.sheber.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sheber.account.AccountService;
import kz.sheber.account.Registration;
import kz.sheber.account.StaffService;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.admin.Dashboard;
import kz.sheber.admin.FigureFilter;
import kz.sheber.admin.FiguresService;
import kz.sheber.admin.Period;
import kz.sheber.audit.AuditFilter;
import kz.sheber.audit.AuditLine;
import kz.sheber.audit.AuditService;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.TestSessions;
import kz.sheber.privacy.erasure.ErasureService;
import kz.sheber.roster.Participant;
import kz.sheber.roster.RosterCsv;
import kz.sheber.roster.RosterService;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SheberTest
class ErasureTest {

    @Autowired
    PrivacyFixture fixture;

    @Autowired
    ErasureService erasure;

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @Autowired
    BookingService bookings;

    @Autowired
    RosterService rosters;

    @Autowired
    FiguresService figures;

    @Autowired
    AuditService audit;

    @Autowired
    StaffService staff;

    @Autowired
    AccountService accounts;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    kz.sheber.catalogue.CatalogueService catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void deleting_ones_account_frees_the_seats_keeps_every_figure_and_leaves_no_personal_field_behind() {
        PrivacyFixture.Resident dana = fixture.resident("kk");
        sessionRegistry.registerNewSession("session-" + dana.person().personId(), dana.person());
        Map<String, Integer> before = counts(dana);
        Dashboard figuresBefore = figuresOf(dana);
        assertThat(leftovers(dana))
                .as("the scan sees the person before")
                .contains(
                        "person.full_name",
                        "person.email",
                        "person.phone",
                        "outbox_mail.recipient",
                        "outbox_mail.text_body",
                        "sign_in_failure.email");
        signInFrom(dana.email(), "198.51.100.23"); // after the scan: a good sign-in forgets her failed ones

        TestCatalogue.signIn(dana.person());
        erasure.eraseMe(TestPeople.PASSWORD);
        SecurityContextHolder.clearContext();

        assertThat(counts(dana)).as("seat counts and attendance totals").isEqualTo(before);
        assertThat(figuresOf(dana)).as("the dashboard's figures").isEqualTo(figuresBefore);
        TestCatalogue.signIn(dana.waiting());
        assertThat(bookings.myBookings())
                .singleElement()
                .satisfies(b -> assertThat(b.state())
                        .as("promoted from the waiting list")
                        .isEqualTo(BookingState.CONFIRMED));
        assertThat(leftovers(dana))
                .as("columns still holding the erased person's name, email or phone")
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE '%198.51.100.23%'")
                        .query(Integer.class)
                        .single())
                .as("the address she signed in from, in the audit trail")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'account.signed_in'")
                        .param(dana.person().personId())
                        .query(Integer.class)
                        .single())
                .as("the sign-in itself stays")
                .isOne();
        assertThat(sessionRegistry
                        .getSessionInformation("session-" + dana.person().personId())
                        .isExpired())
                .isTrue();
    }

    @Test
    void an_erased_person_shows_as_erased_on_the_roster_and_in_the_audit_log_and_their_email_can_register_again() {
        PrivacyFixture.Resident dana = fixture.resident("ru");
        PersonDetails admin = people.create(Roles.ADMIN);
        TestCatalogue.signIn(admin);
        erasure.eraseByStaff(dana.person().personId(), "Попросила у стойки");

        TestCatalogue.signIn(
                new PersonDetails(dana.past().instructorId(), "i@test", "", true, List.of(Roles.INSTRUCTOR)));
        Participant anonymous = rosters.roster(dana.past().id()).participants().getFirst();
        assertThat(anonymous.personId()).isEqualTo(dana.person().personId());
        assertThat(anonymous.shownName(word -> "Erased person")).isEqualTo("Erased person");
        assertThat(anonymous.phone()).isNull();
        assertThat(anonymous.email()).isNull();
        assertThat(anonymous.attendance()).isPresent();
        String csv = new String(
                RosterCsv.write(
                        rosters.roster(dana.past().id()),
                        List.of("name", "seats", "phone", "email", "booked", "state", "attendance", "present"),
                        java.time.ZoneOffset.UTC,
                        word -> word == Participant.Unnamed.ERASED ? "Erased person" : word.name()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Erased person").doesNotContain(dana.name()).doesNotContain(dana.email());

        TestCatalogue.signIn(admin);
        List<AuditLine> trail =
                audit.find(new AuditFilter(null, null, dana.person().personId(), null, null, null, null), 0, 500);
        assertThat(trail)
                .extracting(line -> line.entry().action())
                .contains("privacy.person_erased", "booking.cancelled");
        assertThat(trail)
                .allSatisfy(line -> assertThat(AuditLine.shown(line.subjectName(), key -> "Erased person"))
                        .isEqualTo("Erased person"));
        assertThat(staff.findPeople(dana.email(), 10)).isEmpty();
        assertThat(staff.findPeople(dana.name(), 10)).isEmpty();
        assertThat(erasure.erasureOf(dana.person().personId())).hasValueSatisfying(e -> {
            assertThat(e.channel()).isEqualTo("DESK");
            assertThat(e.byPerson()).isEqualTo(admin.personId());
        });
        SecurityContextHolder.clearContext();

        accounts.register(new Registration("Дана Новая", dana.email(), null, "ru", "Another-Good-Passphrase-7", true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE email = ? AND erased_at IS NULL")
                        .param(dana.email())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void staff_erase_a_walk_in_without_email_and_a_reason_is_required() {
        PersonDetails admin = people.create(Roles.ADMIN);
        TestCatalogue.signIn(admin);
        long walkIn = jdbc.sql("""
                INSERT INTO person (full_name, phone, language, created_at) VALUES ('Асқар Есікте', '+77015550123', 'kk',
                UTC_TIMESTAMP(6)) RETURNING id""").query(Long.class).single();

        assertThatThrownBy(() -> erasure.eraseByStaff(walkIn, "  "))
                .isInstanceOf(InvalidInput.class)
                .satisfies(
                        e -> assertThat(((InvalidInput) e).fieldMessageKeys()).containsKey("reason"));
        assertThatThrownBy(() -> erasure.eraseByStaff(admin.personId(), "me")).isInstanceOf(InvalidInput.class);
        erasure.eraseByStaff(walkIn, "Асked by phone");

        assertThat(jdbc.sql("SELECT CONCAT(full_name, '|', COALESCE(phone, '')) FROM person WHERE id = ?")
                        .param(walkIn)
                        .query(String.class)
                        .single())
                .isEqualTo("|");
        assertThatThrownBy(() -> erasure.eraseByStaff(walkIn, "again")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_wrong_password_erases_nothing_and_an_admin_cannot_delete_their_own_account() {
        PrivacyFixture.Resident dana = fixture.resident("en");
        TestCatalogue.signIn(dana.person());
        assertThatThrownBy(() -> erasure.eraseMe("not-my-password"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(
                        e -> assertThat(((InvalidInput) e).fieldMessageKeys()).containsKey("password"));
        assertThat(bookings.myBookings()).hasSize(2);

        TestCatalogue.signIn(people.create(Roles.ADMIN));
        assertThatThrownBy(() -> erasure.eraseMe(TestPeople.PASSWORD)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void an_erased_instructors_name_leaves_their_messages_and_their_bio_goes() {
        PrivacyFixture.Resident dana = fixture.resident("kk");
        long instructor = dana.past().instructorId();
        String name = "Нұрлан Ұста " + TestCatalogue.unique();
        jdbc.sql("UPDATE person SET full_name = ? WHERE id = ?")
                .params(name, instructor)
                .update();
        TestCatalogue.signIn(new PersonDetails(instructor, "i@test", "", true, List.of(Roles.INSTRUCTOR)));
        rosters.writeToClass(
                dana.past().id(), new kz.sheber.roster.MessageToClass("Рахмет", "Келгендеріңізге рахмет!", false));
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        catalogue.saveBio(new kz.sheber.catalogue.BioForm(
                instructor,
                0,
                new kz.sheber.catalogue.Multilingual(name + " — шебер.", name + " — мастер.", name + " is a master.")));

        erasure.eraseByStaff(instructor, "Left the centre and asked to be forgotten");

        PrivacyFixture.Resident asInstructor = new PrivacyFixture.Resident(
                null, name, "nobody@nowhere.kz", "+0 000 000 0000", dana.past(), dana.upcoming(), dana.waiting());
        assertThat(leftovers(asInstructor)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM class_message WHERE sent_by = ?")
                        .param(instructor)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /** Seats held and attendance marked, for the two sessions the resident was in. */
    private Map<String, Integer> counts(PrivacyFixture.Resident dana) {
        return Map.of(
                "pastBooked",
                sessions.bookedSeats(dana.past().id()),
                "upcomingBooked",
                sessions.bookedSeats(dana.upcoming().id()),
                "upcomingConfirmed",
                sessions.confirmedSeats(dana.upcoming().id()),
                "present",
                jdbc.sql("SELECT COALESCE(SUM(seats_present), 0) FROM attendance WHERE session_id = ?")
                        .param(dana.past().id())
                        .query(Integer.class)
                        .single(),
                "marks",
                jdbc.sql("SELECT COUNT(*) FROM attendance WHERE session_id = ?")
                        .param(dana.past().id())
                        .query(Integer.class)
                        .single());
    }

    private Dashboard figuresOf(PrivacyFixture.Resident dana) {
        try {
            TestCatalogue.signIn(people.create(Roles.ADMIN));
            LocalDate today = figures.today();
            return figures.centre(
                    new Period(today.minusDays(7), today),
                    FigureFilter.ALL.withInstructor(dana.past().instructorId()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signInFrom(String email, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(email, TestPeople.PASSWORD);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        signIn.authenticate(attempt);
        SecurityContextHolder.clearContext();
    }

    /** Every text column of every table, searched for the person's name, email and phone. */
    private List<String> leftovers(PrivacyFixture.Resident dana) {
        List<String> found = new ArrayList<>();
        jdbc.sql("""
                SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE()
                  AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(column -> {
                    String sql = "SELECT COUNT(*) FROM `" + column.get(0) + "` WHERE `" + column.get(1)
                            + "` LIKE ? OR `" + column.get(1) + "` LIKE ? OR `" + column.get(1) + "` LIKE ?";
                    int rows = jdbc.sql(sql)
                            .params("%" + dana.name() + "%", "%" + dana.email() + "%", "%" + dana.phone() + "%")
                            .query(Integer.class)
                            .single();
                    if (rows > 0) {
                        found.add(column.get(0) + "." + column.get(1));
                    }
                });
        return found;
    }
}
