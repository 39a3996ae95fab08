package kz.sheber.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.i18n.LocaleResolution;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The switcher sets this device's pages; the profile's language, the one mail is written in, stays as it was. */
class LanguageChoiceTest extends KaribuTest {

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void switching_to_english_on_this_device_leaves_the_profiles_mail_language_alone() {
        PersonDetails dana = people.create(Roles.RESIDENT, "Дана Әбенова", "ru", true);
        login(dana);
        open("", Languages.RUSSIAN);
        FakeResponse response = (FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();

        _click(_get(Button.class, spec -> spec.withId("language-en")));

        assertThat(response.getCookie(LocaleResolution.COOKIE).getValue()).isEqualTo("en");
        assertThat(jdbc.sql("SELECT language FROM person WHERE id = ?")
                        .param(dana.personId())
                        .query(String.class)
                        .single())
                .isEqualTo("ru");
    }

    @Test
    void the_profile_says_its_language_is_for_mail_and_the_switcher_is_for_this_device() {
        login(people.create(Roles.RESIDENT, "Дана Әбенова", "kk", true));
        open("profile", Languages.KAZAKH);

        Select<?> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getLabel()).isEqualTo("Хаттарымыздың тілі");
        assertThat(language.getHelperText()).contains("тек осы құрылғыдағы");
    }
}
