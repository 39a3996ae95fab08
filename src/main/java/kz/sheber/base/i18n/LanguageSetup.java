package kz.sheber.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Gives every new UI its language and writes the same language into the page's {@code <html lang>}. */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    private final LocaleResolution resolution;

    LanguageSetup(LocaleResolution resolution) {
        this.resolution = resolution;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(resolution.resolve(request.getCookies(), request.getHeader("Accept-Language")));
            }
        });
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            String language = resolution
                    .resolve(request.getCookies(), request.getHeader("Accept-Language"))
                    .getLanguage();
            Objects.requireNonNull(response.getDocument().selectFirst("html")).attr("lang", language);
        });
    }
}
