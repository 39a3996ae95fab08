package kz.sheber.support;

import java.util.Set;
import java.util.UUID;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.RoomForm;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.catalogue.WorkshopForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Makes rooms and workshops for tests, each uniquely named, so no test sees another's clashes. */
@Component
public class TestCatalogue {

    private final CatalogueService catalogue;
    private final TestPeople people;

    TestCatalogue(CatalogueService catalogue, TestPeople people) {
        this.catalogue = catalogue;
        this.people = people;
    }

    /** Signs a new admin in on this thread (for service tests) and returns them. */
    public PersonDetails signInAdmin() {
        PersonDetails admin = people.create(Roles.ADMIN);
        signIn(admin);
        return admin;
    }

    public static void signIn(PersonDetails person) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
    }

    public RoomDetails room(int seats) {
        return catalogue.saveRoom(new RoomForm(null, 0, "Room " + unique(), seats, "", "", true));
    }

    /** A two-hour workshop for eight, taught by the given instructor; call as an admin. */
    public WorkshopDetails workshop(long instructorId) {
        String tag = unique();
        long craft = catalogue.crafts().getFirst().id();
        return catalogue.saveWorkshop(new WorkshopForm(
                null,
                0,
                craft,
                new Multilingual("Мүсін " + tag, "Скульптура " + tag, "Sculpture " + tag),
                Multilingual.EMPTY,
                Multilingual.EMPTY,
                Multilingual.EMPTY,
                Level.BEGINNER,
                12,
                120,
                8,
                5000,
                Set.of(instructorId),
                null,
                false));
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
