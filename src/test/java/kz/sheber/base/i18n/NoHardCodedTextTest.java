package kz.sheber.base.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.base.SheberProperties;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.TestSessions;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.course.CourseService;
import kz.sheber.course.TestCourses;
import kz.sheber.roster.RosterService;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Opens every page with each translation wrapped in ⟦ ⟧ and fails on any visible text outside the marks:
 * such text did not come from a bundle, so it would stay in one language whatever the reader chose.
 */
class NoHardCodedTextTest extends KaribuTest {

    /** One translation with nothing marked inside it; removed innermost first, since a text may wrap another. */
    private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    // \p{Z} too: ICU puts narrow no-break spaces (U+202F) in dates and times
    private static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{Z}\\p{Punct}\\p{Pd}\\d·•«»]*");
    private static final List<String> TEXT_PROPERTIES =
            List.of("label", "placeholder", "helperText", "errorMessage", "title", "accessibleName", "headerTitle");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt");

    @Autowired
    TranslationProvider translations;

    @Autowired
    SheberProperties settings;

    @Autowired
    TestSessions sessions;

    @Autowired
    TestCourses courses;

    @Autowired
    TestPeople people;

    @Autowired
    BookingService bookings;

    @Autowired
    TimetableService timetable;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    RosterService rosters;

    @Autowired
    CourseService courseDesk;

    @Autowired
    JdbcClient jdbc;

    /** What the records on the pages below hold: names and titles people typed, shown as they wrote them. */
    private final List<String> data = new ArrayList<>();

    @BeforeEach
    void markEveryTranslation() {
        translations.markTranslations(true);
    }

    @AfterEach
    void stopMarking() {
        translations.markTranslations(false);
    }

    @Test
    void every_page_shows_only_translated_text_in_every_language() {
        List<String> offenders = new ArrayList<>();
        for (Locale language : Languages.ALL) {
            for (String route : routesWithoutParameters()) {
                open(route, language);
                // The layout outlives navigation; rebuild it so it is drawn with marked translations too
                UI.getCurrent().refreshCurrentRoute(true);
                collectUntranslated("/" + route + " [" + language + "]", offenders);
            }
            open("no-such-page-anywhere", language);
            collectUntranslated("404 [" + language + "]", offenders);
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void pages_about_one_session_workshop_roster_or_course_and_every_dialog_show_only_translated_text() {
        PersonDetails admin = people.create(Roles.ADMIN);
        SessionCard session = sessions.session(4);
        PersonDetails resident = sessions.resident();
        TestCatalogue.signIn(resident);
        String reference =
                bookings.book(BookingRequest.asItStands(session.id(), 1, false)).reference();
        CourseSeries course = courses.course(6, 3);
        TestCatalogue.signIn(admin);
        harvest(jdbc.sql("SELECT full_name FROM person WHERE id IN (?, ?)")
                .params(admin.personId(), resident.personId())
                .query(String.class)
                .list());
        harvest(timetable.session(session.id()).orElseThrow());
        harvest(rosters.roster(session.id()));
        harvest(courseDesk.offer(course.seriesId()).orElseThrow());
        harvest(courseDesk.register(course.seriesId()));
        harvest(catalogue.workshop(course.workshopId()).orElseThrow());
        SecurityContextHolder.clearContext();

        List<String> offenders = new ArrayList<>();
        for (Locale language : Languages.ALL) {
            logout();
            for (String route : List.of(
                    "session/" + session.id(), "workshop/" + session.workshopId(), "course/" + course.seriesId())) {
                page(route, language, offenders);
            }
            login(resident);
            page("my-bookings/history/" + reference, language, offenders);
            page("profile", language, offenders);
            dialog("profile", "delete-account", language, offenders);
            login(admin);
            for (String route : List.of(
                    "roster/" + session.id(),
                    "course/" + course.seriesId() + "/register",
                    "history/session/" + session.id(),
                    "admin/people/" + resident.personId() + "/data")) {
                page(route, language, offenders);
            }
            dialog("admin/people/" + resident.personId() + "/data", "erase-person", language, offenders);
            dialog("admin/people", "invite", language, offenders);
            rolesDialog(resident, language, offenders);
            dialog("admin/sessions", "new-session", language, offenders);
            dialog("admin/sessions", "new-series", language, offenders);
            for (String list : List.of("admin/crafts", "admin/rooms", "admin/workshops")) {
                dialog(list, "add", language, offenders);
            }
            for (String list :
                    List.of("admin/crafts", "admin/rooms", "admin/workshops", "admin/instructors", "admin/sessions")) {
                firstRowsDialog(list, language, offenders);
            }
            courseTermsDialog(course.seriesId(), language, offenders);
        }
        assertThat(offenders).isEmpty();
    }

    private void page(String route, Locale language, List<String> offenders) {
        open(route, language);
        UI.getCurrent().refreshCurrentRoute(true);
        collectUntranslated("/" + route + " [" + language + "]", offenders);
    }

    /** Opens the page, clicks the button that opens a dialog, reads page and dialog, and closes the dialog. */
    private void dialog(String route, String buttonId, Locale language, List<String> offenders) {
        open(route, language);
        UI.getCurrent().refreshCurrentRoute(true);
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
        readDialog("/" + route + " #" + buttonId + " [" + language + "]", offenders);
    }

    /** The edit dialog a list opens when its first row is clicked; that row's own data is shown as typed. */
    @SuppressWarnings("unchecked")
    private void firstRowsDialog(String route, Locale language, List<String> offenders) {
        open(route, language);
        UI.getCurrent().refreshCurrentRoute(true);
        Grid<Object> grid = _get(Grid.class);
        int row = 0;
        while (GridKt._get(grid, row) instanceof SessionCard card && card.cancelled()) {
            row++; // a cancelled session opens nothing
        }
        harvest(GridKt._get(grid, row));
        GridKt._clickItem(grid, row);
        readDialog("/" + route + " first row [" + language + "]", offenders);
    }

    /** The roles dialog, opened from the person's row of the People list. */
    @SuppressWarnings("unchecked")
    private void rolesDialog(PersonDetails person, Locale language, List<String> offenders) {
        open("admin/people", language);
        UI.getCurrent().refreshCurrentRoute(true);
        _setValue(_get(TextField.class, spec -> spec.withId("search")), person.email());
        Component actions = GridKt._getCellComponent(_get(Grid.class), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("roles-" + person.personId())));
        readDialog("/admin/people roles [" + language + "]", offenders);
    }

    /** The course terms, opened from the edit dialog of one of the course's dates. */
    @SuppressWarnings("unchecked")
    private void courseTermsDialog(long seriesId, Locale language, List<String> offenders) {
        open("admin/sessions", language);
        UI.getCurrent().refreshCurrentRoute(true);
        Grid<SessionCard> grid = _get(Grid.class);
        int row = 0;
        while (!Long.valueOf(seriesId).equals(GridKt._get(grid, row).seriesId())) {
            row++;
        }
        GridKt._clickItem(grid, row);
        _click(_get(Button.class, spec -> spec.withId("course-terms")));
        readDialog("/admin/sessions course terms [" + language + "]", offenders);
    }

    private void readDialog(String where, List<String> offenders) {
        MockVaadin.clientRoundtrip(false);
        List<Dialog> open =
                _find(Dialog.class).stream().filter(Dialog::isOpened).toList();
        assertThat(open).as("the dialog of " + where).isNotEmpty();
        collectUntranslated(where, offenders);
        open.forEach(Dialog::close);
        MockVaadin.clientRoundtrip(false);
    }

    /** Collects every text a record holds, through nested records, lists, optionals and the three languages. */
    private void harvest(Object value) {
        switch (value) {
            case null -> {}
            case String text -> data.add(text);
            case Multilingual texts -> data.addAll(List.of(texts.kk(), texts.ru(), texts.en()));
            case Optional<?> maybe -> maybe.ifPresent(this::harvest);
            case Iterable<?> many -> many.forEach(this::harvest);
            case Record parts -> {
                for (RecordComponent part : parts.getClass().getRecordComponents()) {
                    try {
                        part.getAccessor().setAccessible(true);
                        harvest(part.getAccessor().invoke(parts));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {}
        }
    }

    private List<String> routesWithoutParameters() {
        List<String> routes = new ArrayList<>();
        for (Class<? extends Component> view : ROUTES.getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            // Views that need an id in their address are covered by their own feature's tests
            if (route != null && !route.value().contains(":")) {
                routes.add(route.value());
            }
        }
        assertThat(routes).as("the views this test walks").isNotEmpty();
        return routes;
    }

    private void collectUntranslated(String where, List<String> offenders) {
        List<Component> shown = UI.getCurrent().getChildren().toList();
        assertThat(shown).as("what " + where + " shows").isNotEmpty();
        shown.forEach(component -> collectUntranslated(component.getElement(), where, offenders));
        check(UI.getCurrent().getInternals().getTitle(), where + " title", offenders);
    }

    private void collectUntranslated(Element element, String where, List<String> offenders) {
        if (element.isTextNode()) {
            check(element.getText(), where, offenders);
            return;
        }
        if ("no".equals(element.getAttribute("translate"))) {
            return; // The catalogue's own names and formatted dates, marked as not for translation (HomeClasses)
        }
        TEXT_PROPERTIES.forEach(p -> Optional.ofNullable(element.getProperty(p))
                .ifPresent(v -> check(v, where + " " + element.getTag() + "." + p, offenders)));
        TEXT_ATTRIBUTES.forEach(a -> Optional.ofNullable(element.getAttribute(a))
                .ifPresent(v -> check(v, where + " " + element.getTag() + "@" + a, offenders)));
        if ("vaadin-upload".equals(element.getTag()) && element.getPropertyRaw("i18n") instanceof JsonNode texts) {
            // The picture upload's own words (drop here, errors, sizes) travel in one object, not as text nodes
            collectUntranslated(texts, where + " vaadin-upload.i18n", offenders);
        }
        element.getChildren().forEach(child -> collectUntranslated(child, where, offenders));
    }

    private void collectUntranslated(JsonNode node, String where, List<String> offenders) {
        if (node instanceof StringNode text) {
            check(text.stringValue(), where, offenders);
        }
        node.forEach(child -> collectUntranslated(child, where, offenders));
    }

    private void check(String text, String where, List<String> offenders) {
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = MARKED.matcher(rest).replaceAll("");
        }
        List<String> shownAsTyped = new ArrayList<>(centreData());
        shownAsTyped.addAll(data);
        shownAsTyped.addAll(calendarWords(UI.getCurrent().getLocale()));
        // Longest first, so a name inside a longer title does not leave the title's other words behind
        shownAsTyped.sort(Comparator.comparingInt(String::length).reversed());
        for (String typed : shownAsTyped) {
            if (typed != null && !typed.isBlank()) {
                rest = rest.replace(typed, "");
            }
        }
        if (!NOT_WORDS.matcher(rest).matches()) {
            offenders.add(where + ": \"" + text + "\"");
        }
    }

    /**
     * Month, weekday and AM/PM names and the words inside the locale's date patterns ("ж.", "г."): dates are
     * formatted by ICU in the reader's language (CentreTime), so these words come translated, not from our code.
     */
    private static List<String> calendarWords(Locale language) {
        ULocale locale = ULocale.forLocale(language);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> words = new ArrayList<>(List.of(symbols.getAmPmStrings()));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                words.addAll(List.of(symbols.getMonths(context, width)));
                words.addAll(List.of(symbols.getWeekdays(context, width)));
            }
        }
        for (int style : new int[] {DateFormat.FULL, DateFormat.LONG, DateFormat.MEDIUM, DateFormat.SHORT}) {
            String pattern = ((SimpleDateFormat) DateFormat.getDateTimeInstance(style, style, locale)).toPattern();
            QUOTED.matcher(pattern).results().map(m -> m.group(1)).forEach(words::add);
        }
        // java.time's names too (the series dialog's weekdays)
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TextStyle style : TextStyle.values()) {
                words.add(day.getDisplayName(style, language));
            }
        }
        return words;
    }

    /** The centre's own name and address come from its settings, not from the bundles. */
    private List<String> centreData() {
        SheberProperties.Centre centre = settings.centre();
        List<String> data = new ArrayList<>();
        for (Locale l : Languages.ALL) {
            data.add(centre.name().in(l));
            data.add(centre.address().in(l));
        }
        data.add(centre.phone());
        data.add(centre.email());
        return data;
    }
}
