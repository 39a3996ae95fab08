package kz.sheber.catalogue;

import java.util.List;
import kz.sheber.base.FieldChange;

/** Staff added or changed a craft, a room or a workshop, published inside the saving transaction. */
public record CatalogueChanged(Kind kind, long id, boolean created, List<FieldChange> fields) {

    public enum Kind {
        CRAFT,
        ROOM,
        WORKSHOP
    }
}
