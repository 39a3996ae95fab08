package kz.sheber.schedule.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionCard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The timetable as JSON for the city's website; the shape is documented in docs/FEEDS.md and only grows. */
@Component
class JsonFeed {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final int VERSION = 1;

    record Feed(int version, String timeZone, Map<String, List<String>> filter, int count, List<Item> sessions) {}

    record Item(
            long id,
            String url,
            String start,
            String end,
            String localStart,
            String localEnd,
            String status,
            Workshop workshop,
            Named craft,
            String level,
            String instructor,
            String room,
            int capacity,
            int seatsLeft) {}

    record Workshop(
            long id,
            String url,
            Texts title,
            @Nullable Integer priceTenge,
            boolean free,
            int minimumAge,
            @Nullable String pictureUrl) {}

    record Named(long id, Texts name) {}

    record Texts(String kk, String ru, String en) {
        static Texts of(Multilingual m) {
            return new Texts(m.kk(), m.ru(), m.en());
        }
    }

    private final SheberProperties settings;
    private final CentreTime time;
    private final JsonMapper json;

    JsonFeed(SheberProperties settings, CentreTime time, JsonMapper json) {
        this.settings = settings;
        this.time = time;
        this.json = json;
    }

    byte[] write(List<SessionCard> sessions, Map<String, List<String>> filter, List<WorkshopDetails> workshops) {
        Map<Long, WorkshopDetails> byId =
                workshops.stream().collect(Collectors.toMap(WorkshopDetails::id, Function.identity()));
        List<Item> items = sessions.stream()
                .map(card -> item(card, byId.get(card.workshopId())))
                .toList();
        return json.writeValueAsBytes(new Feed(VERSION, time.zone().getId(), filter, items.size(), items));
    }

    private Item item(SessionCard card, @Nullable WorkshopDetails workshop) {
        Workshop w = new Workshop(
                card.workshopId(),
                settings.link("workshop/" + card.workshopId()),
                Texts.of(card.workshopTitle()),
                workshop == null || workshop.isFree() ? null : workshop.priceTenge(),
                workshop == null || workshop.isFree(),
                workshop == null ? 0 : workshop.minimumAge(),
                workshop != null && workshop.hasPicture()
                        ? settings.link("feeds/workshops/" + card.workshopId() + "/picture")
                        : null);
        return new Item(
                card.id(),
                settings.link("session/" + card.id()),
                card.startsAt().toString(),
                card.endsAt().toString(),
                local(card.startsAt()),
                local(card.endsAt()),
                card.cancelled() ? "cancelled" : "scheduled",
                w,
                new Named(card.craftId(), Texts.of(card.craftName())),
                card.level().name().toLowerCase(Locale.ROOT),
                card.instructorName(),
                card.roomName(),
                card.capacity(),
                card.seatsLeft());
    }

    private String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, time.zone()).toString();
    }
}
