package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

/**
 * The box a person (or staff for them) ticks to accept the privacy notice, with a link that opens the notice in a
 * new tab so the half-filled form stays. The privacy feature records the consent; its page lives at {@link #ROUTE}.
 */
public final class ConsentCheckbox {

    /** The privacy notice's address, linked from here and the layout's footer. */
    public static final String ROUTE = "privacy";

    private ConsentCheckbox() {}

    /** For the person themselves: "I have read the privacy notice and agree". */
    public static Checkbox online(Component owner) {
        return create(owner, "privacy.consent.online");
    }

    /** For staff or an instructor adding someone: "The person agreed to the privacy notice". */
    public static Checkbox onBehalf(Component owner) {
        return create(owner, "privacy.consent.onBehalf");
    }

    /** A link to the notice, opening in a new tab. */
    public static Anchor noticeLink(Component owner) {
        Anchor link = new Anchor(ROUTE, owner.getTranslation("privacy.notice.link"), AnchorTarget.BLANK);
        link.addClassName("sheber-privacy-link");
        return link;
    }

    private static Checkbox create(Component owner, String key) {
        Checkbox box = new Checkbox();
        box.setId("consent");
        box.setLabelComponent(new Span(new Span(owner.getTranslation(key) + " "), noticeLink(owner)));
        box.setRequiredIndicatorVisible(true);
        // The server decides: a box left empty is refused with a message beside it, in the reader's language
        box.setManualValidation(true);
        return box;
    }
}
