package kz.sheber.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.account.AccountService;
import kz.sheber.base.ui.AccountMenu;

/** The top bar's corner: "Sign in" for a visitor, the person's name with Profile and Sign out once signed in. */
@org.springframework.stereotype.Component
class AccountMenuBar implements AccountMenu {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    AccountMenuBar(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @Override
    public Component create() {
        if (!authentication.isAuthenticated()) {
            Div links = new Div();
            links.addClassName("sheber-account");
            SignInLink signIn = new SignInLink();
            signIn.setText(links.getTranslation("account.login.link"));
            signIn.setId("sign-in");
            links.add(signIn);
            return links;
        }
        MenuBar menu = new MenuBar();
        menu.setId("account-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = accounts.myProfile().fullName();
        // On a phone only the icon shows; the name stays for screen readers and wider screens
        Span shownName = new Span(name);
        shownName.addClassName("sheber-account-name");
        Div root = new Div(VaadinIcon.USER.create(), shownName);
        root.addClassName("sheber-account-root");
        root.getElement().setAttribute("aria-label", name);
        SubMenu items = menu.addItem(root).getSubMenu();
        items.addItem(
                menu.getTranslation("account.profile.title"),
                e -> menu.getUI().ifPresent(ui -> ui.navigate(ProfileView.class)));
        items.addItem(menu.getTranslation("account.logout"), e -> authentication.logout());
        return menu;
    }
}
