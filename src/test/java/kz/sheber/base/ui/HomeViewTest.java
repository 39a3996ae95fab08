package kz.sheber.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.i18n.LocaleResolution;
import kz.sheber.booking.TestSessions;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class HomeViewTest extends KaribuTest {

    @Test
    void a_kazakh_reader_sees_the_centre_named_in_kazakh_and_what_it_teaches() {
        open("", Languages.KAZAKH);

        assertThat(_get(H1.class).getText()).isEqualTo("Тараз қолөнер орталығы");
        assertThat(_get(H2.class, spec -> spec.withText("Не үйретеміз"))).isNotNull();
    }

    @Test
    void a_russian_reader_sees_russian() {
        open("", Languages.RUSSIAN);

        assertThat(_get(H1.class).getText()).isEqualTo("Таразский центр ремёсел");
        assertThat(_get(H2.class, spec -> spec.withText("Как нас найти"))).isNotNull();
    }

    @Test
    void choosing_english_in_the_switcher_remembers_it_in_a_cookie_for_the_reloaded_page() {
        open("", Languages.KAZAKH);
        FakeResponse response = (FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();

        _click(_get(Button.class, spec -> spec.withId("language-en")));

        Cookie cookie = response.getCookie(LocaleResolution.COOKIE);
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getMaxAge()).isPositive();
    }

    @Test
    void an_unknown_address_shows_a_translated_not_found_page() {
        open("nowhere-at-all", Languages.RUSSIAN);

        assertThat(_get(H1.class).getText()).isEqualTo("Страница не найдена");
    }

    @Autowired
    TestSessions sessions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_home_page_shows_the_next_classes_with_the_workshops_picture_and_links_to_them() {
        SessionCard soonest = sessions.session(8, Duration.ofMinutes(3));
        jdbc.sql("INSERT INTO workshop_picture (workshop_id, content_type, content) VALUES (?, 'image/png', ?)")
                .params(soonest.workshopId(), new byte[] {1, 2, 3})
                .update();

        open("", Languages.RUSSIAN);

        assertThat(_get(H2.class, spec -> spec.withText("Занятия в ближайшие дни")))
                .isNotNull();
        RouterLink card = _get(RouterLink.class, spec -> spec.withId("home-session-" + soonest.id()));
        assertThat(card.getHref()).isEqualTo("session/" + soonest.id());
        assertThat(_get(card, Image.class).getSrc()).isEqualTo("feeds/workshops/" + soonest.workshopId() + "/picture");
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("sheber-home-card")))
                .hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void each_craft_on_the_home_page_opens_the_timetable_filtered_to_it() {
        open("", Languages.KAZAKH);

        for (CraftSummary craft : catalogue.crafts()) {
            RouterLink link = _get(RouterLink.class, spec -> spec.withId("home-craft-" + craft.code()));
            assertThat(link.getText()).isEqualTo(craft.name().kk());
            assertThat(link.getHref()).isEqualTo("timetable?craft=" + craft.id());
        }
    }

    @Test
    void a_centre_that_has_not_said_where_it_is_shows_no_empty_how_to_find_us() {
        open("", Languages.RUSSIAN);
        SheberProperties unconfigured = new SheberProperties(
                new SheberProperties.Centre(null, new SheberProperties.LocalizedText("", "", ""), "", ""),
                java.time.ZoneId.of("Asia/Almaty"),
                "kk",
                java.nio.file.Path.of("data"),
                java.net.URI.create("http://localhost:8080"));

        HomeView home = new HomeView(unconfigured, java.util.List.of());

        assertThat(home.getChildren().map(c -> c.getId().orElse(""))).doesNotContain("home-where");
        assertThat(home.getElement().getTextRecursively())
                .doesNotContain("Как нас найти")
                .contains("Шебер");
    }
}
