package kz.sheber.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.i18n.LocaleResolution;
import kz.sheber.support.KaribuTest;
import org.junit.jupiter.api.Test;

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
}
