package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A short summary another feature puts at the top of staff's start page (the week's figures above the day's
 * rosters), so that page shows it without depending on the feature. Built afresh for each visit.
 */
public interface StaffStartSummary {

    Component create();
}
