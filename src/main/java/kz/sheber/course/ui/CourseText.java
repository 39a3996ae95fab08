package kz.sheber.course.ui;

import com.vaadin.flow.component.UI;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.sheber.base.time.CentreTime;
import kz.sheber.course.CourseDateState;
import kz.sheber.course.CourseOffer;

/** The words course screens share: a course's dates in one line, and a date as a participant sees it. */
final class CourseText {

    private CourseText() {}

    /** "8 dates · Saturday at 11:00 · 05.12.2026 – 23.01.2027". */
    static String summary(CourseOffer offer, Locale locale, CentreTime time) {
        String days = offer.weekdays().stream()
                .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .collect(Collectors.joining(", "));
        return t(
                "course.summary",
                offer.dateCount(),
                days,
                time.formatTime(offer.firstDate(), locale),
                time.formatDate(offer.firstDate(), locale),
                time.formatDate(offer.lastDate(), locale));
    }

    static String seatsLeft(CourseOffer offer) {
        return switch (offer.availability()) {
            case OPEN ->
                offer.seatsLeft() == 0 ? t("course.offer.full") : t("course.offer.seatsLeft", offer.seatsLeft());
            case CLOSED -> t("course.state.closed");
            case CANCELLED -> t("course.state.cancelled");
        };
    }

    /** "Saturday 05.12.2026, 11:00–13:00, Room 2". */
    static String date(CourseDateState date, Locale locale, CentreTime time) {
        return t(
                "course.date.line",
                date.startsAt().atZone(time.zone()).getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, locale),
                time.formatDate(date.startsAt(), locale),
                time.formatTime(date.startsAt(), locale),
                time.formatTime(date.endsAt(), locale),
                date.roomName());
    }

    static String status(CourseDateState date) {
        return t("course.date." + date.status().name());
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
