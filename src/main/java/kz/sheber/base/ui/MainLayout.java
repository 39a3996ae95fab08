package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.i18n.LanguageSwitch;

/**
 * The frame around every page: the centre's name, the navigation (each feature contributes its entries through
 * {@link NavigationEntry} beans), the language switcher and the sign-in link.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(
            SheberProperties properties,
            LanguageSwitch languageSwitch,
            List<NavigationEntry> entries,
            List<AccountMenu> accountMenus) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(properties), new LanguageSwitcher(languageSwitch));
        accountMenus.stream().findFirst().map(AccountMenu::create).ifPresent(this::addToNavbar);
        addToDrawer(brand(properties), new Scroller(navigation(entries)), footer(properties));
    }

    private Component title(SheberProperties properties) {
        RouterLink home = new RouterLink("", HomeView.class);
        home.setText(properties.centre().name().in(getLocale()));
        home.addClassName("sheber-navbar-title");
        return home;
    }

    private Component brand(SheberProperties properties) {
        Div brand = new Div(new Span(properties.centre().name().in(getLocale())));
        brand.addClassName("sheber-brand");
        return brand;
    }

    private SideNav navigation(List<NavigationEntry> entries) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        entries.stream()
                .filter(NavigationEntry::isVisibleToCurrentUser)
                .sorted((a, b) -> Integer.compare(a.order(), b.order()))
                .forEach(entry -> nav.addItem(new SideNavItem(
                        getTranslation(entry.labelKey()),
                        entry.view(),
                        entry.icon().create())));
        return nav;
    }

    private Component footer(SheberProperties properties) {
        Footer footer = new Footer();
        footer.addClassName("sheber-drawer-footer");
        String address = properties.centre().address().in(getLocale());
        if (!address.isBlank()) {
            footer.add(new Span(address));
        }
        if (!properties.centre().phone().isBlank()) {
            footer.add(new Anchor(
                    "tel:" + properties.centre().phone().replace(" ", ""),
                    properties.centre().phone()));
        }
        Anchor privacy = new Anchor(ConsentCheckbox.ROUTE, getTranslation("privacy.notice.title"));
        privacy.setId("footer-privacy");
        footer.add(privacy);
        return footer;
    }
}
