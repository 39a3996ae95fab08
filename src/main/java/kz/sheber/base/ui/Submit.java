package kz.sheber.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * A button that sends something to the server: the browser disables it on the click (a double click books once),
 * and it comes back enabled when the action is done, whether it worked, was refused or failed, so staff can go on
 * to the next person without reloading the page.
 */
public final class Submit {

    private Submit() {}

    public static Button onClick(Button button, Runnable action) {
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
