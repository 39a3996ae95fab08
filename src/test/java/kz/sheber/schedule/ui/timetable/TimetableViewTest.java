package kz.sheber.schedule.ui.timetable;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestTimetable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimetableViewTest extends KaribuTest {

    @Autowired
    TestTimetable timetable;

    @Autowired
    CentreTime time;

    String tag;
    SessionCard feltForBeginners;
    SessionCard fullFelt;
    SessionCard advancedOtherCraft;

    @BeforeEach
    void threeSessionsOfThisTest() {
        tag = "tt" + TestCatalogue.unique();
        WorkshopDetails beginners = timetable.workshop(tag, timetable.craftId(0), Level.BEGINNER, null, true);
        WorkshopDetails advanced = timetable.workshop(tag, timetable.craftId(1), Level.ADVANCED, 4000, true);
        feltForBeginners = timetable.session(beginners, 3, 3);
        fullFelt = timetable.session(beginners, 4, 2);
        timetable.book(fullFelt, 2);
        advancedOtherCraft = timetable.session(advanced, 5, 8);
    }

    @Test
    void the_search_box_craft_level_and_free_places_each_narrow_the_list() {
        open("timetable", Languages.ENGLISH);
        TimetableView view = _get(TimetableView.class);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("timetable-search"))
                .setValue(tag);
        assertThat(ids(view)).containsExactly(feltForBeginners.id(), fullFelt.id(), advancedOtherCraft.id());

        @SuppressWarnings("unchecked")
        ComboBox<CraftSummary> craft = _get(ComboBox.class, spec -> spec.withId("timetable-craft"));
        craft.setValue(craft.getListDataView()
                .getItems()
                .filter(c -> c.id() == advancedOtherCraft.craftId())
                .findFirst()
                .orElseThrow());
        assertThat(ids(view)).containsExactly(advancedOtherCraft.id());

        craft.clear();
        @SuppressWarnings("unchecked")
        Select<Level> level = _get(Select.class, spec -> spec.withId("timetable-level"));
        level.setValue(Level.BEGINNER);
        assertThat(ids(view)).containsExactly(feltForBeginners.id(), fullFelt.id());

        _get(Checkbox.class, spec -> spec.withId("timetable-free")).setValue(true);
        assertThat(addressScript())
                .as("the address now carries the filters")
                .contains("replace: true")
                .contains("q=" + tag)
                .contains("level=beginner")
                .contains("free=1");
        assertThat(ids(view)).containsExactly(feltForBeginners.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("timetable-count")).getText())
                .isEqualTo("1 session");
    }

    @Test
    void a_shared_link_brings_its_filters_back() {
        open("timetable?q=" + tag + "&craft=" + advancedOtherCraft.craftId() + "&level=advanced", Languages.ENGLISH);
        TimetableView view = _get(TimetableView.class);

        assertThat(ids(view)).containsExactly(advancedOtherCraft.id());
        assertThat(_get(ComboBox.class, spec -> spec.withId("timetable-craft")).getValue())
                .extracting(c -> ((CraftSummary) c).id())
                .isEqualTo(advancedOtherCraft.craftId());
        assertThat(_get(Select.class, spec -> spec.withId("timetable-level")).getValue())
                .isEqualTo(Level.ADVANCED);
    }

    @Test
    void a_link_with_unreadable_filters_shows_everything_with_a_translated_note() {
        open("timetable?q=" + tag + "&craft=abc&from=2026-13-40", Languages.RUSSIAN);
        TimetableView view = _get(TimetableView.class);

        assertThat(ids(view)).hasSize(3);
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Некоторые фильтры в этой ссылке не удалось прочитать, они не учтены."))
                        .isVisible())
                .isTrue();
    }

    @Test
    void places_left_follow_each_languages_plurals_and_a_full_session_points_to_the_waiting_list() {
        for (Locale language : Languages.ALL) {
            open("timetable?q=" + tag, language);
            List<String> lines = lines(_get(TimetableView.class));
            String expected = switch (language.getLanguage()) {
                case "kk" -> "3 орын қалды";
                case "ru" -> "Осталось 3 места";
                default -> "3 places left";
            };
            String full = switch (language.getLanguage()) {
                case "kk" -> "Орын жоқ: күту тізіміне жазылыңыз";
                case "ru" -> "Мест нет: запишитесь в лист ожидания";
                default -> "Full: join the waiting list";
            };
            assertThat(lines.get(0)).as(language.toString()).contains(expected);
            assertThat(lines.get(1)).as(language.toString()).contains(full);
            assertThat(lines.get(2))
                    .as(language.toString())
                    .contains(tag
                            + (language.getLanguage().equals("kk")
                                    ? " киіз басу"
                                    : language.getLanguage().equals("ru") ? " валяние" : " felting"));
        }
    }

    @Test
    void each_day_has_its_heading_in_the_readers_language() {
        open("timetable?q=" + tag, Languages.KAZAKH);
        List<SessionLine> lines = fetch(_get(TimetableView.class));
        assertThat(lines).allMatch(SessionLine::firstOfDay);
        assertThat(lines(_get(TimetableView.class)).getFirst())
                .startsWith(time.formatDate(feltForBeginners.startsAt(), Languages.KAZAKH));
    }

    @Test
    void cancelled_sessions_show_only_when_asked_for_and_then_as_cancelled() {
        timetable.cancel(fullFelt, "Шебер ауырып қалды");
        open("timetable?q=" + tag, Languages.ENGLISH);
        assertThat(ids(_get(TimetableView.class))).doesNotContain(fullFelt.id());

        open("timetable?q=" + tag + "&cancelled=1", Languages.ENGLISH);
        List<String> lines = lines(_get(TimetableView.class));
        assertThat(lines.get(1)).contains("Cancelled");
    }

    private static String addressScript() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js ->
                        js.getInvocation().getExpression() + js.getInvocation().getParameters())
                .reduce("", String::concat);
    }

    private static List<Long> ids(TimetableView view) {
        return fetch(view).stream().map(SessionLine::id).toList();
    }

    private static List<String> lines(TimetableView view) {
        return fetch(view).stream().map(SessionLine::text).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<SessionLine> fetch(TimetableView view) {
        DataProvider<SessionLine, Object> data =
                (DataProvider<SessionLine, Object>) view.list().getDataProvider();
        return data.fetch(new Query<>(0, 100, null, null, null)).toList();
    }
}
