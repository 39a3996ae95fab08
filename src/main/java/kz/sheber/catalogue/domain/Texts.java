package kz.sheber.catalogue.domain;

import jakarta.persistence.Embeddable;
import kz.sheber.catalogue.Multilingual;

/** A text stored in three columns, one per language (mapped with @AttributeOverride per use). */
@Embeddable
public class Texts {

    private String kk = "";
    private String ru = "";
    private String en = "";

    protected Texts() {}

    public static Texts of(Multilingual text) {
        Texts texts = new Texts();
        texts.kk = text.kk();
        texts.ru = text.ru();
        texts.en = text.en();
        return texts;
    }

    public Multilingual toMultilingual() {
        return new Multilingual(kk, ru, en);
    }
}
