package kz.sheber.catalogue;

import java.util.List;
import kz.sheber.account.InstructorSummary;
import org.jspecify.annotations.Nullable;

/** A workshop with everything a reader needs; {@code priceTenge} null means free. */
public record WorkshopDetails(
        long id,
        CraftSummary craft,
        Multilingual title,
        Multilingual description,
        Multilingual provided,
        Multilingual toBring,
        Level level,
        int minimumAge,
        int durationMinutes,
        int defaultCapacity,
        @Nullable Integer priceTenge,
        List<InstructorSummary> instructors,
        boolean hasPicture,
        long version) {

    public boolean isFree() {
        return priceTenge == null || priceTenge == 0;
    }
}
