package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kz.sheber.base.ui.Toolbar;

/** A staff list page: a heading, an optional "add" button, and a grid whose rows open an edit dialog. */
abstract class AdminList<T> extends Main implements HasDynamicTitle {

    protected final Grid<T> grid = new Grid<>();
    private final String titleKey;
    private final Supplier<List<T>> items;

    AdminList(String titleKey, Supplier<List<T>> items) {
        this.titleKey = titleKey;
        this.items = items;
        addClassName("sheber-page");
        grid.setHeight("70vh");
        add(new H1(getTranslation(titleKey)), grid);
    }

    protected void addButton(String labelKey, Runnable add) {
        Button button = new Button(getTranslation(labelKey), VaadinIcon.PLUS.create(), e -> add.run());
        button.setId("add");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addComponentAtIndex(1, new Toolbar(button));
    }

    protected void onEdit(Consumer<T> edit) {
        grid.addItemClickListener(e -> edit.accept(e.getItem()));
    }

    void refresh() {
        grid.setItems(items.get());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
