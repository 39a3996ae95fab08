package kz.sheber.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import kz.sheber.base.time.CentreTime;
import kz.sheber.privacy.ConsentRecord;

/**
 * Every consent one person gave, newest first, one line each: the proof staff show when asked on what ground the
 * centre keeps someone's data. Reusable wherever staff look at one person.
 */
final class ConsentHistory {

    private ConsentHistory() {}

    static Div of(Component owner, List<ConsentRecord> consents, CentreTime time) {
        Div history = new Div();
        history.addClassName("sheber-consent-history");
        if (consents.isEmpty()) {
            history.add(new Paragraph(owner.getTranslation("privacy.consents.none")));
        }
        consents.forEach(c -> history.add(new Paragraph(line(owner, c, time))));
        return history;
    }

    /** "Version 2, 01.12.2026, at the desk by Гүлнар Оспанова (kk)". */
    static String line(Component owner, ConsentRecord consent, CentreTime time) {
        String how = consent.staffName() == null
                ? owner.getTranslation("privacy.channel." + consent.channel())
                : owner.getTranslation("privacy.channel.DESK.by", consent.staffName());
        return owner.getTranslation(
                        "privacy.consents.given", consent.version(), NoticeContent.day(consent.givenAt(), time), how)
                + " · " + owner.getTranslation("language." + consent.language());
    }
}
