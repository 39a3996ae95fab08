package kz.sheber;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
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
        SpringApplication.run(Application.class, args);
    }
}
