package kz.sheber.account.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them. Equal by person id, so the session registry can find and
 * end all of one person's sessions when staff disable the account.
 */
public record PersonDetails(long personId, String email, String passwordHash, boolean enabled, Collection<String> roles)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonDetails that && that.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        // Never print the password hash
        return "PersonDetails[" + personId + "]";
    }

    static PersonDetails of(long id, String email, String passwordHash, boolean enabled, List<String> roles) {
        return new PersonDetails(id, email, passwordHash, enabled, roles);
    }
}
