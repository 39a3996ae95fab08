package kz.sheber.catalogue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff's catalogue and session forms in the UI: valid input is saved, bad input is explained beside its field. */
class AdminFormsTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Autowired
    TestCatalogue catalogue;

    @Autowired
    CatalogueService catalogueService;

    @Autowired
    Clock clock;

    @BeforeEach
    void signInAsStaff() {
        login(people.create(Roles.ADMIN));
    }

    @Test
    void an_admin_adds_a_room_and_it_is_listed() {
        open("admin/rooms", Languages.ENGLISH);
        String name = "Felt hall " + TestCatalogue.unique();

        _click(_get(Button.class, spec -> spec.withId("add")));
        _setValue(_get(TextField.class, spec -> spec.withId("name")), name);
        _setValue(_get(IntegerField.class, spec -> spec.withId("seats")), 12);
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(catalogueService.rooms()).extracting(RoomDetails::name).contains(name);
        @SuppressWarnings("unchecked")
        Grid<RoomDetails> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isPositive();
    }

    @Test
    void a_room_with_no_seats_is_refused_beside_the_seats_field_in_kazakh() {
        open("admin/rooms", Languages.KAZAKH);

        _click(_get(Button.class, spec -> spec.withId("add")));
        _setValue(_get(TextField.class, spec -> spec.withId("name")), "Бос бөлме");
        _setValue(_get(IntegerField.class, spec -> spec.withId("seats")), 0);
        _click(_get(Button.class, spec -> spec.withId("save")));

        IntegerField seats = _get(IntegerField.class, spec -> spec.withId("seats"));
        assertThat(seats.isInvalid()).isTrue();
        assertThat(seats.getErrorMessage()).isEqualTo("1-ден 500-ге дейін орын.");
    }

    @Test
    void a_workshop_with_a_500_character_title_is_refused_beside_that_title() {
        open("admin/workshops", Languages.RUSSIAN);

        _click(_get(Button.class, spec -> spec.withId("add")));
        _setValue(_get(TextField.class, spec -> spec.withId("title-kk")), "ы".repeat(500));
        _click(_get(Button.class, spec -> spec.withId("save")));

        TextField title = _get(TextField.class, spec -> spec.withId("title-kk"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Не больше 200 символов.");
    }

    @Test
    void a_session_with_more_places_than_the_room_is_refused_beside_capacity_and_a_valid_one_is_saved() {
        long instructorId = people.create(Roles.INSTRUCTOR).personId();
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        RoomDetails room = catalogue.room(6);
        WorkshopDetails workshop = catalogue.workshop(instructorId);
        open("admin/sessions", Languages.ENGLISH);
        LocalDate day = LocalDate.now(clock).plusYears(1);

        _click(_get(Button.class, spec -> spec.withId("new-session")));
        select("workshop", w -> ((WorkshopDetails) w).id() == workshop.id());
        select("room", r -> ((RoomDetails) r).id() == room.id());
        select("instructor", i -> ((InstructorSummary) i).id() == instructorId);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("start")), day.atTime(10, 0));
        _setValue(_get(IntegerField.class, spec -> spec.withId("capacity")), 7);
        _click(_get(Button.class, spec -> spec.withId("save")));

        IntegerField capacity = _get(IntegerField.class, spec -> spec.withId("capacity"));
        assertThat(capacity.getErrorMessage()).isEqualTo("More places than the room has seats.");

        _setValue(capacity, 6);
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(capacity.isInvalid()).isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(String id, java.util.function.Predicate<Object> which) {
        ComboBox box = _get(ComboBox.class, spec -> spec.withId(id));
        Object item = box.getListDataView().getItems().filter(which).findFirst().orElseThrow();
        _setValue(box, item);
    }
}
