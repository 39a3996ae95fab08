package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;

/** The sign-in link or the signed-in person's menu in the top bar; the accounts feature provides it. */
public interface AccountMenu {

    Component create();
}
