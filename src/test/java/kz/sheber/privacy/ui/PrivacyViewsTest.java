package kz.sheber.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.privacy.PrivacyFixture;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PrivacyViewsTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Autowired
    PrivacyFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_profile_offers_the_data_file_and_deletes_the_account_only_with_the_right_password() {
        PersonDetails dana = people.create(Roles.RESIDENT, "Дана Профиль", "kk", true);
        login(dana);
        open("profile", Languages.KAZAKH);

        assertThat(_get(Anchor.class, spec -> spec.withId("download-my-data")).getText())
                .isEqualTo("Деректерімді жүктеп алу");
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        _setValue(_get(PasswordField.class, spec -> spec.withId("delete-password")), "wrong-password");
        _click(_get(Button.class, spec -> spec.withId("confirm-delete")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("delete-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Бұл сіздің құпиясөзіңіз емес.");
        assertThat(erased(dana.personId())).isFalse();

        _setValue(password, TestPeople.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("confirm-delete")));
        assertThat(erased(dana.personId())).isTrue();
    }

    @Test
    void an_admins_profile_offers_the_file_but_says_another_admin_removes_the_account() {
        login(people.create(Roles.ADMIN));
        open("profile", Languages.ENGLISH);
        assertThat(_get(Anchor.class, spec -> spec.withId("download-my-data")).getText())
                .isEqualTo("Download my data");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        Button.class, spec -> spec.withId("delete-account")))
                .isEmpty();
        _get(Paragraph.class, spec -> spec.withText("Staff accounts are deleted by another admin, from People."));
    }

    @Test
    void staff_see_when_a_resident_was_last_active_and_erase_them_with_a_reason() {
        PrivacyFixture.Resident dana = fixture.resident("ru");
        login(people.create(Roles.ADMIN));
        open("admin/people/" + dana.person().personId() + "/data", Languages.RUSSIAN);

        assertThat(_get(H1.class).getText()).isEqualTo(dana.name());
        assertThat(_get(Paragraph.class, spec -> spec.withId("last-active")).getText())
                .startsWith("Последняя активность");
        assertThat(_get(Paragraph.class, spec -> spec.withId("anonymised-from")).getText())
                .startsWith("Будет обезличен с");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-person-data"))
                        .getText())
                .isEqualTo("Скачать его данные");

        _click(_get(Button.class, spec -> spec.withId("erase-person")));
        _click(_get(Button.class, spec -> spec.withId("confirm-erase")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("erase-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(erased(dana.person().personId())).isFalse();

        _setValue(reason, "Попросила письмом от 01.12.2026");
        _click(_get(Button.class, spec -> spec.withId("confirm-erase")));
        assertThat(erased(dana.person().personId())).isTrue();
        assertThat(_get(H1.class).getText()).isEqualTo("Удалённый человек");
        assertThat(_get(Paragraph.class, spec -> spec.withId("erased-at")).getText())
                .startsWith("Данные удалены");
    }

    private boolean erased(long personId) {
        return jdbc.sql("SELECT erased_at IS NOT NULL FROM person WHERE id = ?")
                .param(personId)
                .query(Boolean.class)
                .single();
    }
}
