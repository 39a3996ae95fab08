package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;

/** A part of the home page that a feature fills (the crafts and the next days' classes come from the schedule). */
public interface HomeSection {

    Component create();
}
