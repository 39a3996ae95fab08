package kz.sheber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import kz.sheber.account.PersonSummary;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Test
    @SuppressWarnings("unchecked")
    void staff_invite_an_instructor_who_then_appears_in_the_list_as_invited() {
        login(people.create(Roles.ADMIN));
        open("admin/people", Languages.ENGLISH);
        String email = TestPeople.uniqueEmail("invite");

        _click(_get(Button.class, spec -> spec.withId("invite")));
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), "Нұрлан Жұмабаев");
        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), email);
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        _setValue(_get(TextField.class, spec -> spec.withId("search")), email);
        Grid<PersonSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        PersonSummary invited = GridKt._get(grid, 0);
        assertThat(invited.roles()).containsExactly(Roles.INSTRUCTOR);
        assertThat(invited.invitationPending()).isTrue();
    }

    @Test
    void an_invitation_without_a_name_is_refused_beside_the_name_field() {
        login(people.create(Roles.ADMIN));
        open("admin/people", Languages.KAZAKH);

        _click(_get(Button.class, spec -> spec.withId("invite")));
        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), TestPeople.uniqueEmail("noname"));
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        TextField name = _get(TextField.class, spec -> spec.withId("invite-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Атыңызды жазыңыз.");
    }
}
