package kz.sheber.catalogue;

import kz.sheber.base.InvalidInput;

/** Checks a text given in three languages; a problem is reported beside the field of that language. */
final class TextRules {

    private TextRules() {}

    static Multilingual check(String field, Multilingual text, int maxLength, boolean required) {
        Multilingual value = text == null ? Multilingual.EMPTY : text;
        if (required && value.isEmpty()) {
            throw InvalidInput.field(field + ".kk", "catalogue.validation.oneLanguageRequired");
        }
        for (String language : new String[] {"kk", "ru", "en"}) {
            if (value.get(language).length() > maxLength) {
                throw InvalidInput.field(field + "." + language, "catalogue.validation.tooLong" + maxLength);
            }
        }
        return value;
    }

    static int number(String field, Integer value, int min, int max, String messageKey) {
        if (value == null || value < min || value > max) {
            throw InvalidInput.field(field, messageKey);
        }
        return value;
    }
}
