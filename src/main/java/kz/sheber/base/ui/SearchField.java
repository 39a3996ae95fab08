package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above a staff list: searches as one types (after a pause), labelled for screen readers. */
public final class SearchField {

    private SearchField() {}

    public static TextField create(Component owner, String placeholderKey, Runnable onChange) {
        TextField search = new TextField();
        search.setId("search");
        search.setPlaceholder(owner.getTranslation(placeholderKey));
        search.setAriaLabel(owner.getTranslation(placeholderKey));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> onChange.run());
        return search;
    }
}
