package kz.sheber.schedule.feed;

import java.util.ArrayList;
import java.util.List;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import org.springframework.stereotype.Component;

/** The sessions a feed lists: the timetable's, page by page, at most {@link #MAX} of them. */
@Component
class FeedSessions {

    static final int MAX = 2000;
    private static final int PAGE = 500;

    private final TimetableService schedule;

    FeedSessions(TimetableService schedule) {
        this.schedule = schedule;
    }

    List<SessionCard> of(TimetableFilter filter) {
        List<SessionCard> all = new ArrayList<>();
        while (all.size() < MAX) {
            List<SessionCard> page = schedule.upcoming(filter, all.size(), Math.min(PAGE, MAX - all.size()));
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        return all;
    }
}
