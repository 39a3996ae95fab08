package kz.sheber.admin.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns a UTC DATETIME column into the centre's wall time in SQL, for grouping by local day, weekday and hour.
 * Built from the JDK's zone rules for the period at hand (one offset, or a CASE at each change of offset), so it
 * needs no time-zone tables in MariaDB, which a fresh server does not have loaded.
 */
final class CentreTimeSql {

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CentreTimeSql() {}

    static String local(String column, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        StringBuilder sql = new StringBuilder("CASE");
        ZoneOffsetTransition change = rules.nextTransition(from);
        ZoneOffset offset = rules.getOffset(from);
        while (change != null && change.getInstant().isBefore(to)) {
            // Generated from the zone rules, never from input, so a literal is safe here
            sql.append(" WHEN ")
                    .append(column)
                    .append(" < '")
                    .append(LITERAL.format(LocalDateTime.ofInstant(change.getInstant(), ZoneOffset.UTC)))
                    .append("' THEN ")
                    .append(shifted(column, offset));
            offset = change.getOffsetAfter();
            change = rules.nextTransition(change.getInstant());
        }
        return sql.length() == 4
                ? shifted(column, offset)
                : sql.append(" ELSE ")
                        .append(shifted(column, offset))
                        .append(" END")
                        .toString();
    }

    private static String shifted(String column, ZoneOffset offset) {
        return "(" + column + " + INTERVAL " + offset.getTotalSeconds() + " SECOND)";
    }
}
