package kz.sheber.account.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, as far as Spring Security knows: the signed-in person, or nobody. */
public final class CurrentPerson {

    private CurrentPerson() {}

    public static Optional<PersonDetails> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonDetails person) {
            return Optional.of(person);
        }
        return Optional.empty();
    }

    public static long id() {
        return get().map(PersonDetails::personId).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
