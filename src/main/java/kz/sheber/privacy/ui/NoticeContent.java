package kz.sheber.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import kz.sheber.base.time.CentreTime;
import kz.sheber.privacy.NoticeText;

/** The notice's headings and paragraphs, under a line naming its version and since when it is in force. */
final class NoticeContent {

    private NoticeContent() {}

    static Div of(Component owner, NoticeText notice, CentreTime time) {
        Div content = new Div();
        content.setId("privacy-notice");
        content.addClassName("sheber-privacy-notice");
        Paragraph version = new Paragraph(
                owner.getTranslation("privacy.notice.version", notice.version(), day(notice.since(), time)));
        version.setId("notice-version");
        version.addClassName("sheber-muted");
        content.add(version);
        notice.blocks()
                .forEach(block -> content.add(block.heading() ? new H2(block.text()) : new Paragraph(block.text())));
        return content;
    }

    /** A date as people in Kazakhstan write it, in the centre's zone: 01.12.2026. */
    static String day(Instant instant, CentreTime time) {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(time.zone()).format(instant);
    }
}
