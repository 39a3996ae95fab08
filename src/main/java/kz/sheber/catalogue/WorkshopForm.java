package kz.sheber.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new workshop ({@code id} null) or a change to one. {@code priceTenge} null or 0 is free. {@code picture}
 * null keeps the current picture; {@code removePicture} drops it.
 */
public record WorkshopForm(
        @Nullable Long id,
        long version,
        @Nullable Long craftId,
        Multilingual title,
        Multilingual description,
        Multilingual provided,
        Multilingual toBring,
        Level level,
        Integer minimumAge,
        Integer durationMinutes,
        Integer defaultCapacity,
        Integer priceTenge,
        Set<Long> instructorIds,
        @Nullable Picture picture,
        boolean removePicture) {}
