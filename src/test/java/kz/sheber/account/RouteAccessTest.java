package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.sheber.base.Ids;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.KaribuTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import kz.sheber.support.TestTimetable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opens every route as a visitor, a resident, an instructor and an admin, and checks who gets in. A route
 * added without a row here fails the test, so nobody forgets to decide who may open it.
 */
class RouteAccessTest extends KaribuTest {

    private static final String A = "anonymous", R = Roles.RESIDENT, I = Roles.INSTRUCTOR, S = Roles.ADMIN;
    private static final List<String> EVERYONE = List.of(A, R, I, S);
    private static final List<String> SIGNED_IN = List.of(R, I, S);

    /** Routes that never show themselves but forward everyone elsewhere, each tested on its own (StartPageTest). */
    private static final List<String> FORWARDS_ONLY = List.of("start");

    private static final String SESSION_HISTORY = "history/session/:sessionId(" + Ids.PATTERN + ")";
    private static final String PERSON_DATA = "admin/people/:personId(" + Ids.PATTERN + ")/data";
    private static final String BOOKING_HISTORY = "my-bookings/history/:reference([A-Za-z0-9-]{1,40})";

    /** Route → who may open it. */
    private static final Map<String, List<String>> WHO_GETS_IN = new LinkedHashMap<>();

    static {
        WHO_GETS_IN.put("", EVERYONE);
        WHO_GETS_IN.put("login", EVERYONE);
        WHO_GETS_IN.put("register", EVERYONE);
        WHO_GETS_IN.put("forgot-password", EVERYONE);
        WHO_GETS_IN.put("reset-password", EVERYONE);
        WHO_GETS_IN.put("invitation", EVERYONE);
        WHO_GETS_IN.put("verify-email", EVERYONE);
        WHO_GETS_IN.put("confirm-email", EVERYONE);
        WHO_GETS_IN.put("profile", SIGNED_IN);
        WHO_GETS_IN.put("change-password", SIGNED_IN);
        WHO_GETS_IN.put("admin/people", List.of(S));
        WHO_GETS_IN.put("admin/crafts", List.of(S));
        WHO_GETS_IN.put("admin/workshops", List.of(S));
        WHO_GETS_IN.put("admin/rooms", List.of(S));
        WHO_GETS_IN.put("admin/instructors", List.of(S));
        WHO_GETS_IN.put("admin/sessions", List.of(S));
        WHO_GETS_IN.put("timetable", EVERYONE);
        WHO_GETS_IN.put("session/:id", EVERYONE);
        WHO_GETS_IN.put("workshop/:id", EVERYONE);
        WHO_GETS_IN.put("course/:id", EVERYONE);
        WHO_GETS_IN.put("course/:id/register", List.of(S));
        WHO_GETS_IN.put("my-bookings", List.of(R));
        WHO_GETS_IN.put("admin/desk", List.of(S));
        WHO_GETS_IN.put("my-sessions", List.of(I, S));
        // An instructor opens only the rosters of sessions they teach (RosterViewTest); this session is not theirs
        WHO_GETS_IN.put("roster/:id", List.of(S));
        WHO_GETS_IN.put("admin/rosters", List.of(S));
        WHO_GETS_IN.put("admin/mail", List.of(S));
        WHO_GETS_IN.put("admin/audit", List.of(S));
        // Like the roster: an instructor reads the history of sessions they teach only (AuditTrailTest)
        WHO_GETS_IN.put(SESSION_HISTORY, List.of(S));
        WHO_GETS_IN.put(BOOKING_HISTORY, List.of(R));
        WHO_GETS_IN.put("admin/dashboard", List.of(S));
        WHO_GETS_IN.put("my-figures", List.of(I));
        WHO_GETS_IN.put("admin/report", List.of(S));
        WHO_GETS_IN.put("admin/backups", List.of(S));
        WHO_GETS_IN.put(PERSON_DATA, List.of(S));
        WHO_GETS_IN.put("privacy", EVERYONE);
        WHO_GETS_IN.put("privacy/accept", SIGNED_IN);
        WHO_GETS_IN.put("admin/consents", List.of(S));
    }

    @Autowired
    TestPeople people;

    @Autowired
    TestTimetable timetable;

    @Autowired
    kz.sheber.course.TestCourses courses;

    /** Where to open a route whose address needs an id: a real one, or every visitor would get "not found". */
    private final Map<String, String> addresses = new LinkedHashMap<>();

    @BeforeEach
    void realAddressesForRoutesWithIds() {
        WorkshopDetails workshop =
                timetable.workshop("ra" + TestCatalogue.unique(), timetable.craftId(0), Level.BEGINNER, null, true);
        addresses.put(
                "session/:id", "session/" + timetable.session(workshop, 2, 4).id());
        addresses.put("workshop/:id", "workshop/" + workshop.id());
        addresses.put("course/:id", "course/" + courses.course(4, 2).seriesId());
        addresses.put("course/:id/register", addresses.get("course/:id") + "/register");
        addresses.put("roster/:id", addresses.get("session/:id").replace("session/", "roster/"));
        addresses.put(SESSION_HISTORY, addresses.get("session/:id").replace("session/", "history/session/"));
        addresses.put(BOOKING_HISTORY, "my-bookings/history/ABCDEF");
        addresses.put(PERSON_DATA, "admin/people/" + people.create(R).personId() + "/data");
    }

    @Test
    void every_route_has_a_row_in_the_table() {
        TreeSet<String> routes = new TreeSet<>();
        for (Class<? extends Component> view : ROUTES.getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                routes.add(route.value());
            }
        }
        TreeSet<String> decided = new TreeSet<>(WHO_GETS_IN.keySet());
        decided.addAll(FORWARDS_ONLY);
        assertThat(decided).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void each_kind_of_person_opens_exactly_the_routes_meant_for_them() {
        List<String> wrong = new ArrayList<>();
        for (String who : EVERYONE) {
            logout();
            if (!who.equals(A)) {
                login(people.create(who));
            }
            for (Map.Entry<String, List<String>> row : WHO_GETS_IN.entrySet()) {
                open(addresses.getOrDefault(row.getKey(), row.getKey()), Languages.ENGLISH);
                boolean allowed = row.getValue().contains(who);
                boolean gotIn = showsRoute(row.getKey());
                if (allowed != gotIn) {
                    wrong.add(who + (allowed ? " was kept out of /" : " got into /") + row.getKey());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean showsRoute(String route) {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(Object::getClass)
                .anyMatch(c -> c.isAnnotationPresent(Route.class)
                        && c.getAnnotation(Route.class).value().equals(route));
    }
}
