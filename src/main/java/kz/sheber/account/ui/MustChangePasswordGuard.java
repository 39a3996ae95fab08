package kz.sheber.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kz.sheber.account.AccountService;
import org.springframework.stereotype.Component;

/** Sends a person who must change their password to that page, whatever address they open. */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final AccountService accounts;

    MustChangePasswordGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Class<?> target = enter.getNavigationTarget();
                    if (target != ChangePasswordView.class
                            && target != LoginView.class
                            && accounts.mustChangeMyPassword()) {
                        enter.rerouteTo(ChangePasswordView.class);
                    }
                }));
    }
}
