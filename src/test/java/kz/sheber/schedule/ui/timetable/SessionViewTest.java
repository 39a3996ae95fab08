package kz.sheber.schedule.ui.timetable;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.ui.NotFoundView;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestTimetable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionViewTest extends KaribuTest {

    @Autowired
    TestTimetable timetable;

    String tag;
    WorkshopDetails workshop;
    SessionCard session;

    @BeforeEach
    void aSession() {
        tag = "sv" + TestCatalogue.unique();
        workshop = timetable.workshop(tag, timetable.craftId(0), Level.INTERMEDIATE, 4500, false);
        session = timetable.session(workshop, 6, 5);
    }

    @Test
    void the_session_page_tells_everything_and_offers_booking() {
        open("session/" + session.id(), Languages.RUSSIAN);

        assertThat(_get(H1.class).getElement().getTextRecursively()).isEqualTo(tag + " валяние");
        // ICU groups thousands with a no-break space
        String page = _get(SessionView.class).getElement().getTextRecursively().replaceAll("[\\u00a0\\u202f]", " ");
        assertThat(page)
                .contains(
                        "Учимся валять войлок.",
                        "Шерсть, мыло",
                        "Средний",
                        "С 10 лет",
                        "4 500 ₸",
                        "Айгүл Сейітова " + tag,
                        "Осталось 5 мест",
                        "Asia/Almaty",
                        "По пути в этот зал есть ступеньки");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("booking-panel")))
                .isNotNull();
    }

    @Test
    void an_english_reader_sees_the_kazakh_title_marked_as_kazakh() {
        open("session/" + session.id(), Languages.ENGLISH);

        assertThat(_get(H1.class).getElement().getTextRecursively()).isEqualTo(tag + " киіз басу (in Kazakh)");
    }

    @Test
    void the_workshop_page_lists_its_upcoming_sessions() {
        open("workshop/" + workshop.id(), Languages.KAZAKH);

        assertThat(_get(H1.class).getElement().getTextRecursively()).isEqualTo(tag + " киіз басу");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("workshop-sessions"))
                        .getElement()
                        .getTextRecursively())
                .contains("5 орын қалды");
    }

    @Test
    void an_unknown_or_malformed_id_gets_the_translated_not_found_page() {
        for (String address : new String[] {"session/999999999", "session/abc", "workshop/0x1", "workshop/99999999"}) {
            open(address, Languages.KAZAKH);
            assertThat(_get(NotFoundView.class)).as(address).isNotNull();
            assertThat(_get(H1.class).getText()).as(address).isEqualTo("Бет табылмады");
        }
    }
}
