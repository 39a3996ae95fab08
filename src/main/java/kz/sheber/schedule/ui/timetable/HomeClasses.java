package kz.sheber.schedule.ui.timetable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sheber.base.time.CentreTime;
import kz.sheber.base.ui.HomeSection;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableLink;
import kz.sheber.schedule.TimetableService;
import org.jspecify.annotations.Nullable;

/**
 * The home page's crafts, each opening the timetable filtered to it, and the classes of the next days with the
 * workshop's picture where it has one, so a visitor sees something to book at the front door.
 */
@org.springframework.stereotype.Component
class HomeClasses implements HomeSection {

    static final int DAYS = 7;
    static final int MOST = 6;

    private final TimetableService schedule;
    private final CatalogueService catalogue;
    private final CentreTime time;

    HomeClasses(TimetableService schedule, CatalogueService catalogue, CentreTime time) {
        this.schedule = schedule;
        this.catalogue = catalogue;
        this.time = time;
    }

    @Override
    public Component create() {
        Div both = new Div();
        both.addClassName("sheber-home-classes");
        both.add(crafts(), nextClasses());
        return both;
    }

    private Section crafts() {
        Locale locale = UI.getCurrent().getLocale();
        UnorderedList list = new UnorderedList();
        list.addClassName("sheber-crafts");
        for (CraftSummary craft : catalogue.crafts()) {
            RouterLink link = new RouterLink(ReaderText.plain(craft.name(), locale), TimetableView.class);
            link.setQueryParameters(new QueryParameters(
                    TimetableLink.parameters(new TimetableFilter(craft.id(), null, null, null, false, null, false))));
            link.setId("home-craft-" + craft.code());
            notForTranslation(link);
            list.add(new ListItem(link));
        }
        return new Section(
                new H2(ReaderText.t("home.crafts.title")), new Paragraph(ReaderText.t("home.crafts.text")), list);
    }

    private Section nextClasses() {
        Locale locale = UI.getCurrent().getLocale();
        LocalDate today = time.nowInCentre().toLocalDate();
        List<SessionCard> next = schedule.upcoming(
                new TimetableFilter(null, null, today, today.plusDays(DAYS - 1), false, null, false), 0, MOST);
        Section section = new Section(new H2(ReaderText.t("home.next.title")));
        section.setId("home-next");
        if (next.isEmpty()) {
            section.add(new Paragraph(ReaderText.t("home.next.none")));
        } else {
            Map<Long, WorkshopDetails> workshops =
                    catalogue.workshops().stream().collect(Collectors.toMap(WorkshopDetails::id, Function.identity()));
            Div cards = new Div();
            cards.addClassName("sheber-home-cards");
            next.forEach(card -> cards.add(card(card, workshops.get(card.workshopId()), locale)));
            section.add(cards);
        }
        RouterLink all = new RouterLink(ReaderText.t("home.next.all"), TimetableView.class);
        all.setId("home-timetable");
        section.add(new Paragraph(all));
        return section;
    }

    private RouterLink card(SessionCard card, @Nullable WorkshopDetails workshop, Locale locale) {
        RouterLink link = new RouterLink(SessionView.class, new RouteParameters("id", String.valueOf(card.id())));
        link.addClassName("sheber-home-card");
        link.setId("home-session-" + card.id());
        if (workshop != null) {
            PublicPage.picture(workshop, locale).ifPresent(link::add);
        }
        Span when = new Span(time.formatDate(card.startsAt(), locale) + ", "
                + ReaderText.hours(card.startsAt(), card.endsAt(), locale, time));
        when.addClassName("sheber-slot-time");
        Span title = ReaderText.of(card.workshopTitle(), locale);
        title.addClassName("sheber-slot-title");
        Span craft = new Span(ReaderText.plain(card.craftName(), locale) + " · " + ReaderText.level(card.level()));
        craft.addClassName("sheber-slot-facts");
        List.of(when, title, craft).forEach(HomeClasses::notForTranslation);
        link.add(when, title, craft, ReaderText.seats(card));
        return link;
    }

    /** The catalogue's names come in each language from the catalogue itself, and the date is already the reader's. */
    private static void notForTranslation(Component data) {
        data.getElement().setAttribute("translate", "no");
    }
}
