package kz.sheber.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import kz.sheber.base.SheberProperties;

/**
 * The front door: what the centre teaches and what is on in the next days (from the features, {@link HomeSection}),
 * and where to find it, as far as the installation has said.
 */
@Route("")
@AnonymousAllowed
class HomeView extends Main implements HasDynamicTitle {

    private final SheberProperties properties;

    HomeView(SheberProperties properties, List<HomeSection> sections) {
        this.properties = properties;
        addClassName("sheber-home");
        String centreName = properties.centre().name().in(getLocale());

        Section hero = new Section(new H1(centreName), new Paragraph(getTranslation("home.tagline")));
        hero.addClassName("sheber-hero");

        add(hero);
        sections.forEach(section -> add(section.create()));

        Div contact = new Div();
        contact.addClassName("sheber-contact");
        String address = properties.centre().address().in(getLocale());
        if (!address.isBlank()) {
            contact.add(new Paragraph(address));
        }
        if (!properties.centre().phone().isBlank()) {
            contact.add(new Paragraph(new Anchor(
                    "tel:" + properties.centre().phone().replace(" ", ""),
                    properties.centre().phone())));
        }
        if (!properties.centre().email().isBlank()) {
            contact.add(new Paragraph(new Anchor(
                    "mailto:" + properties.centre().email(), properties.centre().email())));
        }
        // An installation that has not said where it is shows no empty "how to find us"
        if (contact.getChildren().findAny().isPresent()) {
            Section where = new Section(new H2(getTranslation("home.where.title")), contact);
            where.setId("home-where");
            add(where);
        }
    }

    @Override
    public String getPageTitle() {
        return properties.centre().name().in(getLocale());
    }
}
