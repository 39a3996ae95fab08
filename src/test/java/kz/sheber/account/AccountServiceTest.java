package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import kz.sheber.account.security.SignInThrottle;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestMail;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SheberTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestPeople people;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    AuthenticationManager signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_resident_is_unverified_and_gets_a_verification_link_in_their_language() {
        String email = TestPeople.uniqueEmail("reg");
        accounts.register(new Registration(
                "Дана Әбенова", email.toUpperCase(), "8 701 123 45 67", "kk", "Киіз-басу-шебері", true));

        var row = jdbc.sql("SELECT email, email_verified, phone FROM person WHERE email = ?")
                .param(email)
                .query((rs, n) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .single();
        assertThat(row).containsExactly(email, false, "+7 701 123 45 67");
        List<SentMail> mail = SentMail.to(jdbc, email);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().language()).isEqualTo("kk");
        assertThat(mail.getFirst().text()).contains("/verify-email?token=");
    }

    @Test
    void registering_an_address_that_has_an_account_looks_the_same_and_tells_the_owner() {
        String email = TestPeople.uniqueEmail("dup");
        accounts.register(new Registration("First", email, "", "en", "Киіз-басу-шебері", true));

        accounts.register(new Registration("Someone Else", email, "", "ru", "Другой-пароль-123", true));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(SentMail.to(jdbc, email)).hasSize(2);
        assertThat(SentMail.to(jdbc, email).get(1).text()).doesNotContain("token=");
    }

    @Test
    void weak_passwords_are_refused_beside_the_password_field() {
        String email = TestPeople.uniqueEmail("weak");
        for (String weak : List.of("short", "qwertyuiop", "1234567890", email)) {
            assertThatThrownBy(() -> accounts.register(new Registration("Name", email, "", "en", weak, true)))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.fieldMessageKeys()).containsKey("password"));
        }
    }

    @Test
    void a_500_character_name_a_bad_email_and_a_foreign_phone_are_each_refused_beside_their_field() {
        String email = TestPeople.uniqueEmail("long");
        assertThatThrownBy(() ->
                        accounts.register(new Registration("x".repeat(500), email, "", "en", "Long-enough-pass", true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("fullName", "account.validation.nameTooLong"));
        assertThatThrownBy(() ->
                        accounts.register(new Registration("Name", "not-an-email", "", "en", "Long-enough-pass", true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsKey("email"));
        assertThatThrownBy(() -> accounts.register(
                        new Registration("Name", email, "+1 212 555 0100", "en", "Long-enough-pass", true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("phone", "account.validation.phoneInvalid"));
    }

    @Test
    void a_name_with_script_tags_is_kept_as_plain_text() {
        String email = TestPeople.uniqueEmail("xss");
        accounts.register(new Registration("<script>alert(1)</script>", email, "", "en", "Киіз-басу-шебері", true));

        assertThat(jdbc.sql("SELECT full_name FROM person WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void a_nul_and_an_escape_typed_into_a_name_are_neither_stored_nor_mailed() throws Exception {
        String email = TestPeople.uniqueEmail("nul");
        accounts.register(new Registration("Әлия\u0000 Қасым\u001b", email, "", "kk", "Киіз-басу-шебері", true));

        assertThat(jdbc.sql("SELECT full_name FROM person WHERE email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("Әлия Қасым");
        MimeMessage mail = TestMail.awaitMessagesTo(email, 1).getFirst();
        assertThat(textOf(mail)).contains("Әлия Қасым").doesNotContain("\u0000", "\u001b");
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).doesNotContain("\u0000");
    }

    @Test
    void the_verification_link_works_once() {
        String email = TestPeople.uniqueEmail("verify");
        accounts.register(new Registration("Verify Me", email, "", "en", "Киіз-басу-шебері", true));
        String token = SentMail.to(jdbc, email).getFirst().token();

        accounts.verifyEmail(token);

        assertThat(jdbc.sql("SELECT email_verified FROM person WHERE email = ?")
                        .param(email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThatThrownBy(() -> accounts.verifyEmail(token)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_not_after_it_expires() {
        var person = people.create(Roles.RESIDENT);
        accounts.requestPasswordReset(person.email());
        String token = SentMail.to(jdbc, person.email()).getLast().token();
        assertThat(accounts.isUsable(token, PasswordLink.RESET)).isTrue();

        accounts.setPasswordFromLink(token, PasswordLink.RESET, "Brand-new-password-1");

        assertThat(accounts.isUsable(token, PasswordLink.RESET)).isFalse();
        assertThatThrownBy(() -> accounts.setPasswordFromLink(token, PasswordLink.RESET, "Another-password-2"))
                .isInstanceOf(InvalidInput.class);

        accounts.requestPasswordReset(person.email());
        String late = SentMail.to(jdbc, person.email()).getLast().token();
        jdbc.sql("UPDATE account_token SET expires_at = created_at WHERE person_id = ? AND used_at IS NULL")
                .param(person.personId())
                .update();
        assertThatThrownBy(() -> accounts.setPasswordFromLink(late, PasswordLink.RESET, "Another-password-2"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_password_reset_lets_the_owner_in_at_once_however_hard_someone_was_guessing() {
        var person = people.create(Roles.RESIDENT);
        String sharedAddress = "10.9.0.1";
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure(TestPeople.uniqueEmail("spray"), sharedAddress);
        }
        for (int i = 0; i < 12; i++) {
            throttle.recordFailure(person.email(), sharedAddress);
        }
        assertThat(throttle.isThrottled(person.email(), sharedAddress)).isTrue();

        accounts.requestPasswordReset(person.email());
        accounts.setPasswordFromLink(
                SentMail.to(jdbc, person.email()).getLast().token(), PasswordLink.RESET, "Brand-new-password-1");

        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(person.email(), "Brand-new-password-1");
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(sharedAddress);
        attempt.setDetails(new WebAuthenticationDetails(request));
        assertThat(signIn.authenticate(attempt).isAuthenticated()).isTrue();
    }

    @Test
    void asking_to_reset_an_unknown_address_looks_the_same_and_sends_nothing() {
        String nobody = TestPeople.uniqueEmail("nobody");
        accounts.requestPasswordReset(nobody);
        assertThat(SentMail.to(jdbc, nobody)).isEmpty();
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        var person = people.create(Roles.RESIDENT);
        signIn(person);

        assertThatThrownBy(() -> accounts.changePassword("wrong-password-x", "Brand-new-password-1"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsKey("currentPassword"));
        accounts.changePassword(TestPeople.PASSWORD, "Brand-new-password-1");
    }

    @Test
    void a_new_email_takes_effect_only_through_the_link_sent_to_it_and_the_old_address_is_told() {
        var person = people.create(Roles.RESIDENT);
        signIn(person);
        String newEmail = TestPeople.uniqueEmail("new");

        accounts.requestEmailChange(newEmail, TestPeople.PASSWORD);
        assertThat(accounts.myProfile().email()).isEqualTo(person.email());

        accounts.confirmEmailChange(SentMail.to(jdbc, newEmail).getFirst().token());
        assertThat(accounts.myProfile().email()).isEqualTo(newEmail);
        assertThat(SentMail.to(jdbc, person.email())).isNotEmpty();
    }

    /** Every text part of the mail, decoded. */
    private static String textOf(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(textOf(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return part.getContent() instanceof String text ? text : "";
    }

    private static void signIn(kz.sheber.account.security.PersonDetails person) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
    }
}
