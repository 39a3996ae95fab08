package kz.sheber;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Arrays;
import kz.sheber.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sheber: booking software for a city crafts centre. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/sheber.css")
@Meta(name = "theme-color", content = "#8a3b1f")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && RestoreCommand.NAME.equals(args[0])) {
            // An operator's restore: the database only, never the web app
            System.exit(RestoreCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }
}
