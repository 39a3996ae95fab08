package kz.sheber.catalogue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import kz.sheber.base.InvalidInput;
import kz.sheber.catalogue.domain.Texts;
import kz.sheber.catalogue.domain.Workshop;

/** What a workshop must be before it is saved; each problem is reported beside its field. */
final class WorkshopRules {

    static final int MAX_MINUTES = 12 * 60;

    private WorkshopRules() {}

    static void apply(WorkshopForm form, Workshop workshop, LongPredicate craftExists, LongPredicate isInstructor) {
        Multilingual title = TextRules.check("title", form.title(), 200, true);
        Multilingual description = TextRules.check("description", form.description(), 4000, false);
        Multilingual provided = TextRules.check("provided", form.provided(), 1000, false);
        Multilingual toBring = TextRules.check("toBring", form.toBring(), 1000, false);
        if (form.craftId() == null || !craftExists.test(form.craftId())) {
            throw InvalidInput.field("craft", "catalogue.workshop.craftRequired");
        }
        if (form.level() == null) {
            throw InvalidInput.field("level", "catalogue.workshop.levelRequired");
        }
        int age = TextRules.number("minimumAge", form.minimumAge(), 0, 99, "catalogue.workshop.ageRange");
        int minutes = TextRules.number(
                "durationMinutes", form.durationMinutes(), 15, MAX_MINUTES, "catalogue.workshop.durationRange");
        int capacity =
                TextRules.number("defaultCapacity", form.defaultCapacity(), 1, 500, "catalogue.workshop.capacityRange");
        Integer price = form.priceTenge() == null || form.priceTenge() == 0
                ? null
                : TextRules.number("priceTenge", form.priceTenge(), 0, 10_000_000, "catalogue.workshop.priceRange");
        Set<Long> teachers = form.instructorIds() == null ? Set.of() : form.instructorIds();
        if (teachers.isEmpty() || !teachers.stream().allMatch(isInstructor::test)) {
            throw InvalidInput.field("instructors", "catalogue.workshop.instructorsRequired");
        }
        workshop.setTitle(Texts.of(title));
        workshop.setDescription(Texts.of(description));
        workshop.setProvided(Texts.of(provided));
        workshop.setToBring(Texts.of(toBring));
        workshop.setCraftId(form.craftId());
        workshop.setLevel(form.level());
        workshop.setMinimumAge(age);
        workshop.setDurationMinutes(minutes);
        workshop.setDefaultCapacity(capacity);
        workshop.setPriceTenge(price);
        workshop.getInstructorIds().clear();
        workshop.getInstructorIds().addAll(new LinkedHashSet<>(teachers));
    }
}
