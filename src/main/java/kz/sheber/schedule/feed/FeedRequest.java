package kz.sheber.schedule.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sheber.base.i18n.Languages;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableLink;

/**
 * What a feed was asked for, read like a timetable link; parameters that cannot be read are ignored. Without a
 * {@code to} day a feed covers {@link #DEFAULT_DAYS} days, so a calendar subscription stays small.
 */
record FeedRequest(TimetableFilter filter, Locale language) {

    static final int DEFAULT_DAYS = 92;

    static FeedRequest of(Map<String, List<String>> parameters, LocalDate today, Locale defaultLanguage) {
        TimetableFilter asked = TimetableLink.parse(parameters).filter();
        // No past sessions: from today on means "from now", which the schedule does when from is left out
        LocalDate from = asked.from() == null || !asked.from().isAfter(today) ? null : asked.from();
        LocalDate to = asked.to() == null ? (from == null ? today : from).plusDays(DEFAULT_DAYS - 1) : asked.to();
        TimetableFilter filter = new TimetableFilter(
                asked.craftId(),
                asked.level(),
                from,
                to,
                asked.freeSeatsOnly(),
                asked.text(),
                asked.includeCancelled());
        List<String> lang = parameters.getOrDefault("lang", List.of());
        Locale language = lang.isEmpty()
                ? defaultLanguage
                : Languages.of(lang.getFirst().strip()).orElse(defaultLanguage);
        return new FeedRequest(filter, language);
    }

    /** The same key for every request that asks for the same thing, however it was spelled. */
    String key(String feed) {
        return feed + "|" + language.getLanguage() + "|" + TimetableLink.parameters(filter);
    }
}
