package kz.sheber.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.sheber.audit.AuditEntry;
import kz.sheber.audit.AuditLine;
import kz.sheber.base.FieldChange;
import kz.sheber.base.time.CentreTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry as a card that reads on a phone: what happened and when, who did it and from where, to what, and each
 * changed field before and after (moments in the centre's time).
 */
class AuditCard extends Div {

    /** One ISO date or several joined by ", ": how date fields (a series' skipped dates) are stored. */
    private static final Pattern DATES = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(, \\d{4}-\\d{2}-\\d{2})*");

    private final CentreTime time;

    AuditCard(AuditLine line, CentreTime time) {
        this.time = time;
        AuditEntry entry = line.entry();
        addClassName("sheber-booking-card");
        addClassName("sheber-audit-entry");
        setId("audit-" + entry.id());
        Span channel =
                new Span(getTranslation("audit.channel." + entry.channel().toLowerCase(Locale.ROOT)));
        channel.getElement().getThemeList().add("badge contrast");
        add(channel, new H3(getTranslation("audit.action." + entry.action())));
        add(new Paragraph(time.formatDateTime(entry.at(), getLocale()) + " · " + actor(line)));
        add(new Paragraph(
                getTranslation("audit.object." + entry.objectType().toLowerCase(Locale.ROOT), entry.objectId())
                        + (line.subjectName() == null
                                ? ""
                                : " · " + AuditLine.shown(line.subjectName(), k -> getTranslation(k)))));
        entry.changes().forEach(change -> add(change(change)));
    }

    private String actor(AuditLine line) {
        AuditEntry entry = line.entry();
        if (line.byReader()) {
            return getTranslation("audit.actor.you");
        }
        if (entry.actorJob() != null) {
            return getTranslation("audit.actor.job." + entry.actorJob());
        }
        String name = AuditLine.shown(line.actorName(), k -> getTranslation(k));
        if (name != null) {
            return name;
        }
        return getTranslation(
                entry.actorId() != null && entry.actorId().equals(entry.subjectId())
                        ? "audit.actor.participant"
                        : "audit.actor.centre");
    }

    private Paragraph change(FieldChange change) {
        Paragraph p = "template".equals(change.field())
                ? new Paragraph(
                        getTranslation("audit.change.mail", getTranslation("notification.template." + change.after())))
                : new Paragraph(getTranslation(
                        "audit.change",
                        getTranslation("audit.field." + change.field()),
                        value(change.before()),
                        value(change.after())));
        p.addClassName("sheber-audit-change");
        return p;
    }

    /** Moments are stored as ISO instants and shown in the centre's time, dates as ISO dates; the rest as it is. */
    private String value(@Nullable String value) {
        if (value == null) {
            return "—";
        }
        if (value.length() > 18 && value.endsWith("Z")) {
            try {
                return time.formatDateTime(Instant.parse(value), getLocale());
            } catch (DateTimeParseException notAMoment) {
                return value;
            }
        }
        if (DATES.matcher(value).matches()) {
            return Arrays.stream(value.split(", "))
                    .map(day -> LocalDate.parse(day).atStartOfDay(time.zone()).toInstant())
                    .map(day -> time.formatDate(day, getLocale()))
                    .collect(Collectors.joining(", "));
        }
        if ("true".equals(value)) {
            return getTranslation("audit.yes");
        }
        return value;
    }
}
