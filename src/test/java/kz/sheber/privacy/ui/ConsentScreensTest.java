package kz.sheber.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.privacy.ConsentService;
import kz.sheber.privacy.OlderNotice;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

class ConsentScreensTest extends KaribuTest {

    @Autowired
    ConsentService consents;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyone_reads_the_notice_in_their_language_with_its_version_and_the_footer_links_to_it() {
        open("privacy", Languages.RUSSIAN);

        assertThat(_get(H1.class).getText()).isEqualTo("Уведомление о конфиденциальности");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-version")).getText())
                .startsWith("Версия " + consents.currentVersion() + ", действует с ")
                .matches(".*\\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Кто хранит ваши данные", "Как долго");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(p -> p.contains("Таразский центр ремёсел") && p.contains("info@sheber.example.kz"))
                .anyMatch(p -> p.contains("36 месяцев")
                        && p.contains("12 месяцев")
                        && p.contains("90 дней")
                        && p.contains("24 месяца"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("footer-privacy"))
                        .getHref())
                .isEqualTo("privacy");
    }

    @Test
    void registering_without_the_box_ticked_says_why_beside_it_in_kazakh() {
        open("register", Languages.KAZAKH);
        _setValue(_get(TextField.class, spec -> spec.withId("fullName")), "Әсел Қасымова");
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), TestPeople.uniqueEmail("box"));
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "Felt-and-wool-2026");

        _click(_get(Button.class, spec -> spec.withId("register")));

        Checkbox box = _get(Checkbox.class, spec -> spec.withId("consent"));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage())
                .isEqualTo("Құпиялылық туралы хабарламаны қабылдаңыз: онсыз сізге есептік жазба жүргізе алмаймыз.");

        _setValue(box, true);
        _click(_get(Button.class, spec -> spec.withId("register")));
        assertThat(_get(H1.class).getText()).isEqualTo("Поштаңызды тексеріңіз");
    }

    @Test
    void a_resident_behind_on_the_notice_is_asked_once_then_reaches_the_page_they_opened() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        OlderNotice.onlyAcceptedBy(jdbc, dana.personId());
        login(dana);

        open("my-bookings", Languages.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Our privacy notice has changed");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-version")).getText())
                .startsWith("Version " + consents.currentVersion());

        _click(_get(Button.class, spec -> spec.withId("consent-accept")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("my-bookings");
        assertThat(_find(Button.class, spec -> spec.withId("consent-accept"))).isEmpty();
        open("timetable", Languages.ENGLISH);
        open("my-bookings", Languages.ENGLISH);
        assertThat(_find(Button.class, spec -> spec.withId("consent-accept")))
                .as("asked only once")
                .isEmpty();
        assertThat(currentConsents(dana.personId())).isEqualTo(1);
    }

    @Test
    void refusing_signs_the_resident_out_and_leaves_their_account_as_it_was() {
        PersonDetails ivan = people.create(Roles.RESIDENT);
        OlderNotice.onlyAcceptedBy(jdbc, ivan.personId());
        login(ivan);
        open("profile", Languages.RUSSIAN);

        _click(_get(Button.class, spec -> spec.withId("consent-refuse")));

        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("signed out")
                .isNull();
        assertThat(currentConsents(ivan.personId())).isZero();
        assertThat(jdbc.sql("SELECT enabled FROM person WHERE id = ?")
                        .param(ivan.personId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE subject_id = ? ORDER BY id DESC LIMIT 1")
                        .param(ivan.personId())
                        .query(String.class)
                        .single())
                .isEqualTo("consent.refused");
    }

    @Test
    void staff_see_on_the_consent_page_who_has_not_accepted_the_current_version() {
        PersonDetails behind = people.create(Roles.RESIDENT, "Отстающий " + TestCatalogue.unique(), "ru", true);
        OlderNotice.onlyAcceptedBy(jdbc, behind.personId());
        login(people.create(Roles.ADMIN));
        open("admin/consents", Languages.ENGLISH);

        _setValue(_get(TextField.class, spec -> spec.withId("search")), behind.email());
        _setValue(_get(Checkbox.class, spec -> spec.withId("only-outdated")), true);

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<kz.sheber.privacy.PersonConsent>)
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("consents"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .anyMatch(cell -> cell.startsWith("Not the current version: Version "));
    }

    private int currentConsents(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM consent WHERE person_id = ? AND notice_version = ?")
                .params(personId, consents.currentVersion())
                .query(Integer.class)
                .single();
    }
}
