package kz.sheber.base.time;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.sheber.base.SheberProperties;
import org.springframework.stereotype.Component;

/**
 * The centre's clock and calendar: instants are stored in UTC and shown in the centre's zone, formatted the
 * way each language writes dates (ICU knows Kazakh month names; the JDK's tables are thinner).
 */
@Component
public class CentreTime {

    private final Clock clock;
    private final ZoneId zone;
    private final ThreadLocal<Map<Locale, DateFormat>> dateTimes = ThreadLocal.withInitial(HashMap::new);

    public CentreTime(Clock clock, SheberProperties properties) {
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZonedDateTime nowInCentre() {
        return clock.instant().atZone(zone);
    }

    /** "26 қар. 2026 ж., 14:00" style: a medium date and a short time, in the centre's zone. */
    public String formatDateTime(Instant instant, Locale locale) {
        // Built once per language and thread: ICU's factory is costly, every booking mail needs one, and a DateFormat
        // is not thread-safe (a clone per use cost nearly as much as the factory)
        return dateTimes
                .get()
                .computeIfAbsent(locale, l -> {
                    DateFormat format =
                            DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLocale(l));
                    format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
                    return format;
                })
                .format(Date.from(instant));
    }

    /** A full date with the weekday, for day headings. */
    public String formatDate(Instant instant, Locale locale) {
        return format(DateFormat.getDateInstance(DateFormat.FULL, ULocale.forLocale(locale)), instant);
    }

    public String formatTime(Instant instant, Locale locale) {
        return format(DateFormat.getTimeInstance(DateFormat.SHORT, ULocale.forLocale(locale)), instant);
    }

    /** The zone as people read it in emails, e.g. "Asia/Almaty (UTC+05:00)". */
    public String zoneLabel() {
        return zone.getId() + " (UTC" + zone.getRules().getOffset(clock.instant()) + ")";
    }

    private String format(DateFormat format, Instant instant) {
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant));
    }
}
