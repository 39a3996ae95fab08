package kz.sheber.booking;

import java.util.List;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.booking.domain.CalendarFeeds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private calendar address in a person's data export: that it exists and since when. The address itself is
 * a secret only its owner's calendar app holds; the centre keeps just a hash of it.
 */
@Component
class CalendarFeedData implements PersonalDataSection {

    private final CalendarFeeds feeds;

    CalendarFeedData(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    public String name() {
        return "calendarFeed";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public Table of(Subject subject) {
        return new Table(
                List.of("createdAt"),
                feeds.madeAt(subject.personId())
                        .map(at -> List.<List<Object>>of(List.of(at)))
                        .orElse(List.of()));
    }
}
