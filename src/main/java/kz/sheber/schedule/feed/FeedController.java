package kz.sheber.schedule.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.sheber.base.Ids;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.Picture;
import kz.sheber.schedule.TimetableLink;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /feeds/sessions.ics}, {@code /feeds/sessions.json} and workshop pictures. Spring answers 304 itself when
 * If-None-Match or If-Modified-Since matches the ETag or Last-Modified set here.
 */
@RestController
@RequestMapping("/feeds")
class FeedController {

    private static final CacheControl FEED_CACHING =
            CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();
    private static final CacheControl PICTURE_CACHING =
            CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final FeedCache cache;
    private final FeedSessions sessions;
    private final CalendarFeed calendar;
    private final JsonFeed json;
    private final CatalogueService catalogue;
    private final SheberProperties settings;
    private final CentreTime time;

    FeedController(
            FeedCache cache,
            FeedSessions sessions,
            CalendarFeed calendar,
            JsonFeed json,
            CatalogueService catalogue,
            SheberProperties settings,
            CentreTime time) {
        this.cache = cache;
        this.sessions = sessions;
        this.calendar = calendar;
        this.json = json;
        this.catalogue = catalogue;
        this.settings = settings;
        this.time = time;
    }

    @GetMapping("/sessions.ics")
    ResponseEntity<byte[]> calendar(@RequestParam MultiValueMap<String, String> parameters) {
        FeedRequest request = request(parameters);
        return answer(
                cache.get(
                        request.key("ics"),
                        CalendarFeed.CONTENT_TYPE,
                        () -> calendar.write(sessions.of(request.filter()), request.language())),
                FEED_CACHING);
    }

    @GetMapping("/sessions.json")
    ResponseEntity<byte[]> json(@RequestParam MultiValueMap<String, String> parameters) {
        FeedRequest request = request(parameters);
        return answer(
                cache.get(
                        request.key("json"),
                        JsonFeed.CONTENT_TYPE,
                        () -> json.write(
                                sessions.of(request.filter()),
                                TimetableLink.parameters(request.filter()),
                                catalogue.workshops())),
                FEED_CACHING);
    }

    @GetMapping("/workshops/{id}/picture")
    ResponseEntity<byte[]> picture(@PathVariable String id) {
        Optional<Picture> picture = Ids.parse(id).flatMap(catalogue::picture);
        if (picture.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        // Through the cache for its ETag; browsers keep the picture an hour and then revalidate
        return answer(cache.get("picture|" + id, picture.get().contentType(), picture.get()::content), PICTURE_CACHING);
    }

    private FeedRequest request(Map<String, List<String>> parameters) {
        return FeedRequest.of(parameters, time.nowInCentre().toLocalDate(), settings.defaultLocale());
    }

    private static ResponseEntity<byte[]> answer(FeedBody feed, CacheControl caching) {
        return ResponseEntity.ok()
                .cacheControl(caching)
                .eTag(feed.etag())
                .lastModified(feed.lastModified())
                .contentType(MediaType.parseMediaType(feed.contentType()))
                .body(feed.body());
    }
}
