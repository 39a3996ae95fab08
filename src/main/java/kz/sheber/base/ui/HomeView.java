package kz.sheber.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import kz.sheber.base.SheberProperties;

/** The front door: what the centre teaches and where to find it. */
@Route("")
@AnonymousAllowed
class HomeView extends Main implements HasDynamicTitle {

    private static final List<String> CRAFTS =
            List.of("sculpture", "needlework", "pottery", "weaving", "woodcarving", "felt", "textiles");

    private final SheberProperties properties;

    HomeView(SheberProperties properties) {
        this.properties = properties;
        addClassName("sheber-home");
        String centreName = properties.centre().name().in(getLocale());

        Section hero = new Section(new H1(centreName), new Paragraph(getTranslation("home.tagline")));
        hero.addClassName("sheber-hero");

        UnorderedList crafts = new UnorderedList();
        crafts.addClassName("sheber-crafts");
        CRAFTS.forEach(craft -> crafts.add(new ListItem(getTranslation("craft." + craft))));
        Section offer = new Section(new H2(getTranslation("home.crafts.title")),
                new Paragraph(getTranslation("home.crafts.text")), crafts);

        Div contact = new Div();
        contact.addClassName("sheber-contact");
        contact.add(new Paragraph(properties.centre().address().in(getLocale())));
        if (!properties.centre().phone().isBlank()) {
            contact.add(new Paragraph(new Anchor("tel:" + properties.centre().phone().replace(" ", ""),
                    properties.centre().phone())));
        }
        if (!properties.centre().email().isBlank()) {
            contact.add(new Paragraph(new Anchor("mailto:" + properties.centre().email(), properties.centre().email())));
        }
        Section where = new Section(new H2(getTranslation("home.where.title")), contact);

        add(hero, offer, where);
    }

    @Override
    public String getPageTitle() {
        return properties.centre().name().in(getLocale());
    }
}
