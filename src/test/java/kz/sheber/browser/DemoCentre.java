package kz.sheber.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged app with the demo centre, and a Chromium to use it with: started before a journey's first test and
 * stopped after its last, each journey class its own. Register it in a static field:
 * {@code @RegisterExtension static final DemoCentre centre = DemoCentre.withMail();}. Settings
 * ({@code --sheber.x=y}) are the installation's own, as an operator would pass them.
 */
final class DemoCentre implements BeforeAllCallback, AfterAllCallback {

    private final boolean withMail;
    private final List<String> settings;
    private RunningApp app;
    private Chromium chromium;

    private DemoCentre(boolean withMail, List<String> settings) {
        this.withMail = withMail;
        this.settings = settings;
    }

    /** Every email goes to the test SMTP server and leaves within a second. */
    static DemoCentre withMail(String... settings) {
        return new DemoCentre(true, List.of(settings));
    }

    /** Mail as the settings say: nowhere, unless they name a server. */
    static DemoCentre withoutMail(String... settings) {
        return new DemoCentre(false, List.of(settings));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo"));
        arguments.addAll(settings);
        if (withMail) {
            arguments.addAll(List.of(
                    "--spring.mail.host=" + TestMail.host(),
                    "--spring.mail.port=" + TestMail.port(),
                    "--sheber.mail.poll-interval=1s"));
        }
        app = RunningApp.start(arguments.toArray(String[]::new));
        chromium = new Chromium();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    RunningApp app() {
        if (app == null) {
            throw new IllegalStateException("the demo centre starts before the journey's first test");
        }
        return app;
    }

    /** An address in the app, such as {@code url("timetable")}. */
    String url(String path) {
        return app().url(path);
    }

    /** A fresh browser profile whose Accept-Language asks for the given language, at a phone's or desktop's size. */
    Page newPage(String language, int[] size) {
        if (chromium == null) {
            throw new IllegalStateException("the browser starts before the journey's first test");
        }
        return chromium.newPage(language, size);
    }
}
