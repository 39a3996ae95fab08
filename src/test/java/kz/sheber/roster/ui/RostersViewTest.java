package kz.sheber.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import kz.sheber.admin.FigureFilter;
import kz.sheber.admin.FiguresService;
import kz.sheber.admin.PastCentre;
import kz.sheber.admin.Period;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RostersViewTest extends KaribuTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @Autowired
    CentreTime time;

    @Autowired
    FiguresService figures;

    @Autowired
    PastCentre past;

    private LocalDate dayOf(SessionCard session) {
        return session.startsAt().atZone(time.zone()).toLocalDate();
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void staff_find_a_days_class_with_its_seats_and_waiting_list_and_open_its_roster() {
        SessionCard session = sessions.session(3, Duration.ofDays(11));
        sessions.book(session, 3, false);
        sessions.book(session, 2, true);
        login(people.create(Roles.ADMIN));
        open("admin/rosters?day=" + dayOf(session), Languages.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Rosters");
        assertThat(_get(DatePicker.class, spec -> spec.withId("day")).getValue())
                .isEqualTo(dayOf(session));
        assertThat(text("session-" + session.id()))
                .contains(session.workshopTitle().en())
                .contains("Instructor: " + session.instructorName())
                .contains("Booked: 3 of 3 · Waiting: 1");
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("open-" + session.id()));
        assertThat(link.getHref()).isEqualTo("roster/" + session.id());
        open(link.getHref(), Languages.ENGLISH);
        assertThat(_get(RosterView.class)).isNotNull();
    }

    @Test
    void the_next_and_previous_day_buttons_move_through_the_calendar() {
        SessionCard session = sessions.session(3, Duration.ofDays(12));
        login(people.create(Roles.ADMIN));
        open("admin/rosters?day=" + dayOf(session), Languages.RUSSIAN);
        assertThat(text("rosters")).contains("Записано: 0 из 3");

        _click(_get(Button.class, spec -> spec.withId("next-day")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("day")).getValue())
                .isEqualTo(dayOf(session).plusDays(1));
        _assertNone(Div.class, spec -> spec.withId("session-" + session.id()));

        _click(_get(Button.class, spec -> spec.withId("previous-day")));
        assertThat(text("session-" + session.id())).contains("Мастер: " + session.instructorName());
    }

    @Test
    void an_unreadable_day_in_the_link_shows_today_with_a_note_and_a_cleared_day_asks_for_one_in_kazakh() {
        login(people.create(Roles.ADMIN));
        open("admin/rosters?day=31-02-2026", Languages.KAZAKH);

        assertThat(_get(Paragraph.class, spec -> spec.withId("rosters-notice")).getText())
                .isEqualTo("Сілтемедегі күн оқылмады, сондықтан бүгінгі күн көрсетілді.");
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("day"));
        assertThat(day.getValue()).isEqualTo(time.nowInCentre().toLocalDate());

        _setValue(day, null);
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("Күнді таңдаңыз.");
    }

    /** The side navigation as the signed-in person gets it (the layout from before sign-in is rebuilt). */
    private static java.util.List<String> navigation() {
        com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(true);
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void staff_have_rosters_in_the_navigation() {
        login(people.create(Roles.ADMIN));
        open("admin/rosters", Languages.ENGLISH);
        assertThat(navigation()).contains("Rosters");
    }

    @Test
    void an_instructor_has_no_rosters_entry_and_is_kept_out_of_them() {
        login(people.create(Roles.INSTRUCTOR));
        open("my-sessions", Languages.ENGLISH);
        assertThat(navigation()).contains("My classes").doesNotContain("Rosters");
        open("admin/rosters", Languages.ENGLISH);
        _assertNone(RostersView.class);
    }

    /** Issue 15: staff's start page opens with the week's figures, the same the dashboard counts for the week. */
    @Test
    void staff_start_the_day_with_the_weeks_figures_above_the_rosters_and_a_way_into_the_dashboard() {
        // A class held earlier this week, so the week's count is never zero
        LocalDateTime mondayMorning = time.nowInCentre()
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(0, 5);
        Assumptions.assumeTrue(
                time.nowInCentre().toLocalDateTime().isAfter(mondayMorning.plusHours(2)), "too early on a Monday");
        past.session(past.workshop(3), past.room(), mondayMorning, 6, false);
        login(people.create(Roles.ADMIN));
        open("admin/rosters", Languages.ENGLISH);

        Div week = _get(Div.class, spec -> spec.withId("week-figures"));
        long heldThisWeek = figures.centre(Period.around(Period.Kind.WEEK, figures.today()), FigureFilter.ALL)
                .figures()
                .tally()
                .sessions();
        assertThat(heldThisWeek).isPositive();
        assertThat(week.getChildren()).hasSize(4);
        assertThat(week.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .startsWith("Sessions held")
                .contains(String.valueOf(heldThisWeek));
        assertThat(_get(RouterLink.class, spec -> spec.withId("open-dashboard")).getHref())
                .isEqualTo("admin/dashboard?period=week");
    }
}
