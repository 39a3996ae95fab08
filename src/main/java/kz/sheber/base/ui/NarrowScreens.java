package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Grid columns a phone has no room for. At 360 px a six-column grid cut every cell to a few letters; below
 * {@link #PHONE_WIDTH} the secondary columns step aside (the row's dialog or page still shows everything), and
 * they come back when the window widens, a phone turned sideways or a desktop window resized.
 */
public final class NarrowScreens {

    static final int PHONE_WIDTH = 600;

    private NarrowScreens() {}

    public static void hideOnPhones(Component owner, Grid.Column<?>... secondary) {
        List<Grid.Column<?>> columns = List.of(secondary);
        owner.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth(), columns));
            Registration resize = page.addBrowserWindowResizeListener(resized -> fit(resized.getWidth(), columns));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** An unknown width (0) counts as wide: better cramped than missing. */
    static void fit(int windowWidth, List<Grid.Column<?>> columns) {
        boolean wide = windowWidth <= 0 || windowWidth >= PHONE_WIDTH;
        columns.forEach(column -> column.setVisible(wide));
    }
}
