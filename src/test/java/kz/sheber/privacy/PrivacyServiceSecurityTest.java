package kz.sheber.privacy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import kz.sheber.account.PersonErasure;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingService;
import kz.sheber.notification.PersonalMail;
import kz.sheber.privacy.erasure.ErasureService;
import kz.sheber.privacy.export.DataExport;
import kz.sheber.privacy.retention.RetentionOutlook;
import kz.sheber.roster.ClassMessageRetention;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * Who may export and erase whom: a person only themselves, staff anyone, a visitor nobody; the retention job's
 * methods refuse anyone signed in but staff. (Beside ServiceSecurityTest, so the privacy rows merge on their own.)
 */
@SheberTest
class PrivacyServiceSecurityTest {

    @Autowired
    TestPeople people;

    @Autowired
    DataExport export;

    @Autowired
    ErasureService erasure;

    @Autowired
    RetentionOutlook outlook;

    @Autowired
    PersonErasure accounts;

    @Autowired
    BookingService bookings;

    @Autowired
    ClassMessageRetention messages;

    @Autowired
    PersonalMail mail;

    @Autowired
    kz.sheber.catalogue.CatalogueService catalogue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_can_neither_download_nor_delete_anything() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        long someone = people.create(Roles.RESIDENT).personId();
        assertThatThrownBy(() -> export.writeMine(new ByteArrayOutputStream()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> erasure.eraseMe(TestPeople.PASSWORD))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> erasure.eraseDormant(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.cancelUpcomingOf(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.dormantResidents(Instant.now(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void residents_and_instructors_cannot_export_erase_or_look_into_anybody_else() {
        long other = people.create(Roles.RESIDENT).personId();
        for (String role : new String[] {Roles.RESIDENT, Roles.INSTRUCTOR}) {
            PersonDetails someone = people.create(role);
            TestCatalogue.signIn(someone);
            assertThatThrownBy(() -> export.writeFor(other, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> erasure.eraseByStaff(other, "because")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> erasure.erasureOf(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> erasure.eraseDormant(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outlook.of(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.erasable(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.lastSeen(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.dormantResidents(Instant.now(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bookings.cancelUpcomingOf(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bookings.bookingsOfPerson(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bookings.lastBookingActivityOf(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.destroyTextsSentBefore(Instant.now(), 10))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_steps_that_empty_a_record_run_only_inside_an_erasure() {
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        long other = people.create(Roles.RESIDENT).personId();
        assertThatThrownBy(() -> accounts.erase(other)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> bookings.forgetCalendarFeedOf(other))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> messages.forgetSender(other)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> mail.destroyMailTo("x@test.sheber.kz"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> mail.forgetName("Дана Әбенова")).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> catalogue.forgetBioOf(other)).isInstanceOf(IllegalTransactionStateException.class);
    }
}
