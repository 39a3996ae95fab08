package kz.sheber.base.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * A text with a most length, said rather than enforced by the browser: an input's maxlength cuts a pasted name
 * without a word. Near the limit the field counts the characters; past it, it says by how much, and the text stays
 * whole for the person to shorten (the service refuses it anyway). Checked when the field is left, not while typing:
 * a debounced ("lazy") value could reach the server after the click on Send that followed it.
 */
public final class LengthLimit {

    private LengthLimit() {}

    public static <F extends TextFieldBase<F, String>> F of(F field, int most) {
        String helper = field.getHelperText();
        boolean[] markedByUs = {false};
        field.addValueChangeListener(change -> {
            int length = change.getValue() == null ? 0 : change.getValue().length();
            if (length > most) {
                field.setErrorMessage(field.getTranslation("text.tooLong", length, most));
                field.setInvalid(true);
                markedByUs[0] = true;
            } else if (markedByUs[0]) {
                field.setInvalid(false);
                markedByUs[0] = false;
            }
            // Counted from four fifths of the way, so a short name is not followed by numbers
            field.setHelperText(length * 5 >= most * 4 ? field.getTranslation("text.length", length, most) : helper);
        });
        return field;
    }
}
