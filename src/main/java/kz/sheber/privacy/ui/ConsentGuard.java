package kz.sheber.privacy.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.security.Principal;
import java.util.Set;
import kz.sheber.privacy.ConsentService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Asks a signed-in person who has not accepted the notice in force to accept it, whatever page they open; the
 * notice itself, sign-in and a password that must be changed first stay reachable. Once accepted, the session
 * remembers the version, so later pages cost no query.
 */
@Component
class ConsentGuard implements VaadinServiceInitListener {

    private static final String ACCEPTED = ConsentGuard.class.getName() + ".accepted";
    static final String ASKED_FOR = ConsentGuard.class.getName() + ".askedFor";
    private static final Set<String> OPEN = Set.of("privacy", "privacy/accept", "login", "change-password");

    private final ConsentService consents;

    ConsentGuard(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    if (enter.hasRerouteTarget()
                            || enter.hasForwardTarget()
                            || OPEN.contains(enter.getLocation().getPath())) {
                        return;
                    }
                    String accepted = acceptedKey(consents.currentVersion());
                    if (accepted == null
                            || accepted.equals(VaadinSession.getCurrent().getAttribute(ACCEPTED))) {
                        return;
                    }
                    if (consents.needsMyConsent()) {
                        // Kept for the prompt, which opens the page asked for once the notice is accepted
                        ComponentUtil.setData(
                                enter.getUI(), ASKED_FOR, enter.getLocation().getPathWithQueryParameters());
                        enter.rerouteTo(ConsentPromptView.class);
                    } else {
                        VaadinSession.getCurrent().setAttribute(ACCEPTED, accepted);
                    }
                }));
    }

    /** Remembers that whoever is signed in accepted this version; nothing for a visitor, who is asked nothing. */
    static void remember(long version) {
        VaadinSession.getCurrent().setAttribute(ACCEPTED, acceptedKey(version));
    }

    /** Who accepted which version: a session that signs someone else in asks them afresh. */
    private static @Nullable String acceptedKey(long version) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Principal who = request == null ? null : request.getUserPrincipal();
        return who == null ? null : who.getName() + "#" + version;
    }
}
