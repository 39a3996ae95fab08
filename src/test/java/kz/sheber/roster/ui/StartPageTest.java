package kz.sheber.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Where sign-in lands people who were not on their way anywhere ({@code /start}). */
class StartPageTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Test
    void an_instructor_starts_with_their_classes() {
        login(people.create(Roles.INSTRUCTOR));
        open("start", Languages.KAZAKH);

        assertThat(shown()).isInstanceOf(MySessionsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("my-sessions");
    }

    @Test
    void staff_start_with_todays_rosters() {
        login(people.create(Roles.ADMIN));
        open("start", Languages.RUSSIAN);

        assertThat(shown()).isInstanceOf(RostersView.class);
    }

    @Test
    void a_resident_and_a_visitor_start_at_the_front_door() {
        login(people.create(Roles.RESIDENT));
        open("start", Languages.ENGLISH);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();

        logout();
        open("start", Languages.ENGLISH);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
    }

    private static Object shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
