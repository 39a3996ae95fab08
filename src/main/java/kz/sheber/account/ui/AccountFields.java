package kz.sheber.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import kz.sheber.base.i18n.Languages;

/** Fields several account forms share. */
final class AccountFields {

    private AccountFields() {}

    static Select<String> languageSelect(Component owner) {
        Select<String> select = new Select<>();
        select.setId("language");
        select.setLabel(owner.getTranslation("account.field.language"));
        select.setItems(Languages.ALL.stream().map(l -> l.getLanguage()).toList());
        select.setItemLabelGenerator(code -> owner.getTranslation("language." + code));
        return select;
    }
}
