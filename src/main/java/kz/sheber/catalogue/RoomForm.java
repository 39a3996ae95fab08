package kz.sheber.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.sheber.base.PlainText;
import org.jspecify.annotations.Nullable;

/** A new room ({@code id} null) or a change to one. Messages are translation keys. */
public record RoomForm(
        @Nullable Long id,
        long version,

        @NotBlank(message = "catalogue.room.nameRequired") @Size(max = 100, message = "catalogue.validation.tooLong100")
        String name,

        @NotNull(message = "catalogue.room.seatsRequired")
        @Min(value = 1, message = "catalogue.room.seatsRange")
        @Max(value = 500, message = "catalogue.room.seatsRange")
        Integer seats,

        @Size(max = 1000, message = "catalogue.validation.tooLong1000")
        String equipment,

        @Size(max = 1000, message = "catalogue.validation.tooLong1000")
        String accessNotes,

        boolean stepFree) {

    public RoomForm {
        name = PlainText.line(name);
        equipment = PlainText.lines(equipment);
        accessNotes = PlainText.lines(accessNotes);
    }
}
