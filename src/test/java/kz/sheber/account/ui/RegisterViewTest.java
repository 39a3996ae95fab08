package kz.sheber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import kz.sheber.base.i18n.Languages;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;

class RegisterViewTest extends KaribuTest {

    @Test
    void a_weak_password_and_a_bad_phone_are_explained_beside_their_fields_in_russian() {
        open("register", Languages.RUSSIAN);
        _setValue(_get(TextField.class, spec -> spec.withId("fullName")), "Иван Петров");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), TestPeople.uniqueEmail("ru"));
        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "12345");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "qwertyuiop");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("consent")), true);

        _click(_get(Button.class, spec -> spec.withId("register")));
        TextField phone = _get(TextField.class, spec -> spec.withId("phone"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Укажите казахстанский номер, например +7 701 123 45 67.");

        _setValue(phone, "8 701 123 45 67");
        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(phone.isInvalid()).isFalse();
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("злоумышленники");
        assertThat(_get(Button.class, spec -> spec.withId("register")).isEnabled())
                .isTrue();
    }

    @Test
    void a_pasted_name_longer_than_the_limit_is_kept_whole_and_the_field_says_by_how_much_in_kazakh() {
        open("register", Languages.KAZAKH);
        TextField name = _get(TextField.class, spec -> spec.withId("fullName"));

        _setValue(name, "Ә".repeat(130));

        assertThat(name.getValue()).as("nothing cut silently").hasSize(130);
        assertThat(name.getMaxLength()).as("the browser does not cut it either").isNotEqualTo(120);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Тым ұзын: 130 таңба, ең көбі 120.");
        _setValue(name, "Ә".repeat(110));
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getHelperText()).isEqualTo("110 / 120 таңба");
        _setValue(name, "Әсел Қасымова");
        assertThat(name.getHelperText()).isNullOrEmpty();
    }

    @Test
    void a_long_name_is_refused_beside_the_name_field() {
        open("register", Languages.ENGLISH);
        _setValue(_get(TextField.class, spec -> spec.withId("fullName")), "x".repeat(500));
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), TestPeople.uniqueEmail("long"));
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "Felt-and-wool-2026");

        _click(_get(Button.class, spec -> spec.withId("register")));

        TextField name = _get(TextField.class, spec -> spec.withId("fullName"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("The name can have at most 120 characters.");
    }

    @Test
    void a_good_registration_says_to_check_the_email() {
        String email = TestPeople.uniqueEmail("ok");
        open("register", Languages.KAZAKH);
        _setValue(_get(TextField.class, spec -> spec.withId("fullName")), "Әсел Қасымова");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "Felt-and-wool-2026");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("consent")), true);

        _click(_get(Button.class, spec -> spec.withId("register")));

        assertThat(_get(H1.class).getText()).isEqualTo("Поштаңызды тексеріңіз");
    }
}
