package kz.sheber.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;

class PlainTextTest {

    private static final String DIRTY = "Әлия\u0000 Қасым\u001b[31m\u0007\u007f";

    @Test
    void a_one_line_text_loses_control_characters_and_its_breaks_become_spaces() {
        assertThat(PlainText.line(DIRTY)).isEqualTo("Әлия Қасым[31m");
        assertThat(PlainText.line("Әлия\r\nҚасым\tова")).isEqualTo("Әлия Қасым ова");
        assertThat(PlainText.line(null)).isNull();
    }

    @Test
    void a_text_of_several_lines_keeps_its_lines_and_tabs_and_loses_the_rest() {
        assertThat(PlainText.lines("Сәлем!\r\n\tКелесі сабақ\u0000 жұмада.\rКөріскенше"))
                .isEqualTo("Сәлем!\n\tКелесі сабақ жұмада.\nКөріскенше");
    }

    @Test
    void text_outside_the_control_range_is_kept_as_typed() {
        String typed = "Ғалым Өтегенұлы — «Киіз» <b>&amp; 😀 ğ";
        assertThat(PlainText.line(typed)).isEqualTo(typed);
        assertThat(PlainText.lines(typed)).isEqualTo(typed);
    }

    /** Keeps a new input record from forgetting the cleaning: every record a service takes is checked here. */
    @Test
    void every_text_a_service_takes_in_a_record_comes_out_without_control_characters() throws Exception {
        Set<Class<?>> records = serviceInputRecords();
        assertThat(records)
                .extracting(Class::getSimpleName)
                .contains("Registration", "ProfileChange", "DeskResident", "MessageToClass", "RoomForm");

        for (Class<?> type : records) {
            if (!carriesText(type)) {
                continue; // dates and ids only (a report's period): nothing typed to clean, and it checks its own
                // values
            }
            Object built = build(type);
            assertThat(dirtyTexts(built, type.getSimpleName()))
                    .as(type.getName())
                    .isEmpty();
        }
    }

    private static Set<Class<?>> serviceInputRecords() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<Class<?>> records = new LinkedHashSet<>();
        for (BeanDefinition service : scan.findCandidateComponents("kz.sheber")) {
            for (Method method : Class.forName(service.getBeanClassName()).getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    for (Class<?> parameter : method.getParameterTypes()) {
                        if (parameter.isRecord() && parameter.getPackageName().startsWith("kz.sheber")) {
                            records.add(parameter);
                        }
                    }
                }
            }
        }
        return records;
    }

    private static boolean carriesText(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> t = component.getType();
            if (t == String.class
                    || t == Map.class
                    || t == List.class
                    || t == Set.class
                    || (t.isRecord() && t.getPackageName().startsWith("kz.sheber") && carriesText(t))) {
                return true;
            }
        }
        return false;
    }

    /** A record with every text full of control characters, everything else empty or first. */
    private static Object build(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(types[i]);
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object sample(Class<?> type) throws Exception {
        if (type == String.class) {
            return DIRTY;
        } else if (type == boolean.class) {
            return false;
        } else if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        } else if (type == Locale.class) {
            return Locale.ENGLISH;
        } else if (type == Map.class) {
            return Map.of("name", DIRTY);
        } else if (type == List.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type.isRecord() && type.getPackageName().startsWith("kz.sheber")) {
            return build(type);
        }
        return null;
    }

    /**
     * A password is compared as typed (changing it would lock its owner out); a code held to a pattern
     * ({@code kk|ru|en}) is refused with a message when it carries anything else; a mail's template is named by
     * code, not typed.
     */
    private static boolean isCleaned(RecordComponent component) throws NoSuchFieldException {
        return !component.getName().toLowerCase(Locale.ROOT).contains("password")
                && !(component.getDeclaringRecord().getSimpleName().equals("OutgoingMail")
                        && component.getName().equals("template"))
                // directly or through a composed rule (PersonFields.Language)
                && !AnnotatedElementUtils.hasAnnotation(
                        component.getDeclaringRecord().getDeclaredField(component.getName()), Pattern.class);
    }

    private static List<String> dirtyTexts(Object value, String path) throws Exception {
        List<String> dirty = new ArrayList<>();
        if (value instanceof String text) {
            if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                dirty.add(path);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                dirty.addAll(dirtyTexts(entry.getValue(), path + "[" + entry.getKey() + "]"));
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (isCleaned(component)) {
                    component.getAccessor().setAccessible(true);
                    dirty.addAll(dirtyTexts(component.getAccessor().invoke(value), path + "." + component.getName()));
                }
            }
        }
        return dirty;
    }
}
