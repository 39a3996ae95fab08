package kz.sheber.booking;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves private calendar feeds to calendar apps, which sign in to nothing: the token in the path is the key. */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final BookingCalendar calendar;

    CalendarFeedController(BookingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return calendar.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
