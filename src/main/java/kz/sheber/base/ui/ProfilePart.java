package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the signed-in person's Profile page that another feature contributes (the privacy feature's "Your
 * data": download it, delete the account), so the account feature need not know that feature.
 */
public interface ProfilePart {

    /** Smaller numbers come first, after the account's own parts. */
    int order();

    /** A fresh component for one page. */
    Component create();
}
