package kz.sheber.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
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
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SheberTest
class RetentionOutlookTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired
    RetentionOutlook outlook;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_sign_in_counts_as_activity_and_moves_the_day_retention_would_anonymise_a_resident() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        jdbc.sql("UPDATE person SET created_at = UTC_TIMESTAMP(6) - INTERVAL 2 YEAR WHERE id = ?")
                .param(dana.personId())
                .update();
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        RetentionOutlook.Outlook before = outlook.of(dana.personId()).orElseThrow();
        assertThat(before.lastActive()).isBefore(clock.instant().minus(Duration.ofDays(700)));

        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(dana.email(), TestPeople.PASSWORD);
        attempt.setDetails(new WebAuthenticationDetails(new MockHttpServletRequest()));
        signIn.authenticate(attempt);

        RetentionOutlook.Outlook after = outlook.of(dana.personId()).orElseThrow();
        assertThat(after.lastActive()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ALMATY);
        assertThat(after.anonymisedFrom())
                .hasValue(today.plusMonths(36).plusDays(1).atStartOfDay(ALMATY).toInstant());
        assertThat(after.erasedAt()).isEmpty();
    }

    @Test
    void instructors_and_staff_are_never_anonymised_by_retention() {
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        assertThat(outlook.of(people.create(Roles.INSTRUCTOR).personId())
                        .orElseThrow()
                        .anonymisedFrom())
                .isEmpty();
        assertThat(outlook.of(people.create(Roles.ADMIN).personId())
                        .orElseThrow()
                        .anonymisedFrom())
                .isEmpty();
        assertThat(outlook.of(Instant.now().getEpochSecond() * 1000)).isEmpty();
    }
}
