package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/** The services check who is calling; the views are not the boundary. */
@SheberTest
class ServiceSecurityTest {

    @Autowired
    AccountService accounts;

    @Autowired
    StaffService staff;

    @Autowired
    TestPeople people;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    kz.sheber.course.CourseService courses;

    @Autowired
    TimetableService timetable;

    @Autowired
    PlanningService planning;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_visitor_cannot_read_or_change_a_profile() {
        assertThatThrownBy(() -> accounts.myProfile())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.changePassword("a", "b"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void residents_and_instructors_cannot_use_staff_functions() {
        for (String role : new String[] {Roles.RESIDENT, Roles.INSTRUCTOR}) {
            PersonDetails someone = people.create(role);
            signIn(someone);
            assertThatThrownBy(() -> staff.findPeople("", 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.setEnabled(someone.personId(), false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.setRoles(someone.personId(), Set.of(Roles.ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_visitor_cannot_enrol_and_residents_and_instructors_cannot_use_the_course_desk() {
        assertThatThrownBy(() -> courses.enrol(1, 1, false))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> courses.myEnrolments())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        for (String role : new String[] {Roles.RESIDENT, Roles.INSTRUCTOR}) {
            PersonDetails someone = people.create(role);
            signIn(someone);
            assertThatThrownBy(() -> courses.enrolAtDesk(someone.personId(), 1, 1, false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> courses.leaveAtDesk(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> courses.enrolmentsOf(someone.personId()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn(people.create(Roles.RESIDENT));
        assertThatThrownBy(() -> courses.register(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_visitor_reads_the_timetable_but_only_staff_may_call_anything_that_plans() {
        assertThatCode(() -> timetable.count(TimetableFilter.upcoming())).doesNotThrowAnyException();
        assertThatCode(() -> timetable.card(1)).doesNotThrowAnyException();
        Method[] plans = Arrays.stream(PlanningService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .toArray(Method[]::new);
        assertThat(plans).hasSizeGreaterThanOrEqualTo(8);
        for (String role : new String[] {null, Roles.RESIDENT, Roles.INSTRUCTOR}) {
            if (role != null) {
                signIn(people.create(role));
            }
            for (Method plan : plans) {
                // Arguments are never looked at: the refusal comes before the method runs.
                Object[] args = Arrays.stream(plan.getParameterTypes())
                        .map(ServiceSecurityTest::anyArgument)
                        .toArray();
                Throwable refused = catchThrowable(() -> plan.invoke(planning, args));
                assertThat(refused).isInstanceOf(InvocationTargetException.class);
                assertThat(refused.getCause())
                        .as("%s for %s", plan.getName(), role)
                        .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
            }
        }
    }

    @Test
    void a_resident_sees_only_their_own_profile() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        PersonDetails ivan = people.create(Roles.RESIDENT);
        signIn(dana);
        assertThat(accounts.myProfile().email()).isEqualTo(dana.email()).isNotEqualTo(ivan.email());
    }

    @Test
    void staff_invite_an_instructor_who_then_sets_their_own_password() {
        signIn(people.create(Roles.ADMIN));
        String email = TestPeople.uniqueEmail("inst");
        staff.invite(new Invitation("Айгерім Сейітова", email, Roles.INSTRUCTOR, "kk"));

        PersonSummary invited = staff.findPeople(email, 5).getFirst();
        assertThat(invited.roles()).containsExactly(Roles.INSTRUCTOR);
        assertThat(invited.invitationPending()).isTrue();
    }

    @Test
    void disabling_an_account_ends_its_open_sessions_and_an_admin_cannot_disable_themselves() {
        PersonDetails admin = people.create(Roles.ADMIN);
        PersonDetails resident = people.create(Roles.RESIDENT);
        sessions.registerNewSession("session-" + resident.personId(), resident);
        signIn(admin);

        staff.setEnabled(resident.personId(), false);

        SessionInformation session = sessions.getSessionInformation("session-" + resident.personId());
        assertThat(session.isExpired()).isTrue();
        assertThatThrownBy(() -> staff.setEnabled(admin.personId(), false)).isInstanceOf(InvalidInput.class);
    }

    private static Object anyArgument(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        return type == int.class ? Integer.valueOf(1) : null;
    }

    private static void signIn(PersonDetails person) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
    }
}
