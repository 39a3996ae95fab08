package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import kz.sheber.base.InvalidInput;

/** Shows what the server rejected: each message beside its field, a form-wide one as a notification. */
public final class Forms {

    private Forms() {}

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void show(Component view, InvalidInput problem, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        problem.fieldMessageKeys().forEach((field, key) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(view.getTranslation(key));
                target.setInvalid(true);
            } else {
                error(view, key);
            }
        });
        if (problem.formMessageKey() != null) {
            error(view, problem.formMessageKey());
        }
    }

    public static void error(Component view, String key, Object... params) {
        Notification n = Notification.show(view.getTranslation(key, params), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(Component view, String key, Object... params) {
        Notification n = Notification.show(view.getTranslation(key, params), 5000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
