package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * A row of filters and actions above a list, or of a field and its buttons: it wraps on a narrow screen, lines
 * its items up on their text and keeps a small gap between them. How it looks lives in one place, the
 * {@code .sheber-toolbar} rule of {@code sheber.css}, not in each view.
 */
public class Toolbar extends FlexLayout {

    public Toolbar(Component... items) {
        super(items);
        addClassName("sheber-toolbar");
    }
}
