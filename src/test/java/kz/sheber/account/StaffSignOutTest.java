package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff changing someone's roles or disabling them signs that person out, but only once the change has committed:
 * a change that rolls back leaves them signed in, with the roles and account they still have.
 */
@SheberTest
class StaffSignOutTest {

    @Autowired
    StaffService staff;

    @Autowired
    TestPeople people;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    PlatformTransactionManager transactions;

    private PersonDetails instructor;

    @BeforeEach
    void signInAnAdminAndOpenASessionForAnInstructor() {
        instructor = people.create(Roles.INSTRUCTOR);
        sessions.registerNewSession(sessionId(), instructor);
        PersonDetails admin = people.create(Roles.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        sessions.removeSessionInformation(sessionId());
    }

    @Test
    void a_role_change_that_rolls_back_signs_nobody_out() {
        inATransactionThatRollsBack(() -> staff.setRoles(instructor.personId(), Set.of(Roles.RESIDENT)));

        assertThat(signedIn()).isTrue();
        assertThat(staff.findPeople(instructor.email(), 1).getFirst().roles()).containsExactly(Roles.INSTRUCTOR);
    }

    @Test
    void disabling_that_rolls_back_signs_nobody_out() {
        inATransactionThatRollsBack(() -> staff.setEnabled(instructor.personId(), false));

        assertThat(signedIn()).isTrue();
        assertThat(staff.findPeople(instructor.email(), 1).getFirst().enabled()).isTrue();
    }

    @Test
    void the_session_ends_when_the_surrounding_transaction_commits_and_not_before() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            staff.setRoles(instructor.personId(), Set.of(Roles.RESIDENT));
            assertThat(signedIn()).as("signed in until the change commits").isTrue();
        });

        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_committed_role_change_or_disabling_signs_the_person_out() {
        staff.setRoles(instructor.personId(), Set.of(Roles.RESIDENT, Roles.INSTRUCTOR));
        assertThat(signedIn()).isFalse();

        sessions.removeSessionInformation(sessionId());
        sessions.registerNewSession(sessionId(), instructor);
        staff.setEnabled(instructor.personId(), false);
        assertThat(signedIn()).isFalse();
    }

    private void inATransactionThatRollsBack(Runnable change) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            change.run();
            status.setRollbackOnly();
        });
    }

    private boolean signedIn() {
        return !sessions.getSessionInformation(sessionId()).isExpired();
    }

    private String sessionId() {
        return "staff-sign-out-" + instructor.personId();
    }
}
