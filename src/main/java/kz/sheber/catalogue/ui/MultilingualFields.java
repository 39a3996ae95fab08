package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import kz.sheber.catalogue.Multilingual;

/** One text field per language for a text the catalogue keeps in kk, ru and en; lengths are checked by the service. */
final class MultilingualFields<F extends TextFieldBase<F, String>> {

    static final String[] LANGUAGES = {"kk", "ru", "en"};
    private final Map<String, F> fields = new LinkedHashMap<>();

    MultilingualFields(Supplier<F> factory) {
        for (String language : LANGUAGES) {
            F field = factory.get();
            field.setWidthFull();
            fields.put(language, field);
        }
    }

    F field(String language) {
        return Objects.requireNonNull(fields.get(language), language); // a field per language
    }

    Multilingual value() {
        return new Multilingual(
                field("kk").getValue(), field("ru").getValue(), field("en").getValue());
    }

    void setValue(Multilingual text) {
        fields.forEach((language, field) -> field.setValue(text.get(language)));
    }
}
