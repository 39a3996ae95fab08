package kz.sheber.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.OptimisticEdits;
import kz.sheber.base.Roles;
import kz.sheber.schedule.NewSession;
import kz.sheber.schedule.PlanningService;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class CatalogueServiceTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    CatalogueService catalogue;

    @Autowired
    PlanningService planning;

    @Autowired
    TestCatalogue testCatalogue;

    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_workshop_needs_a_title_in_some_language_and_no_longer_than_200_characters() {
        testCatalogue.signInAdmin();
        long instructor = people.create(Roles.INSTRUCTOR).personId();

        assertThatThrownBy(() -> catalogue.saveWorkshop(form(Multilingual.EMPTY, instructor, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("title.kk", "catalogue.validation.oneLanguageRequired"));
        assertThatThrownBy(() ->
                        catalogue.saveWorkshop(form(new Multilingual("", "x".repeat(500), ""), instructor, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys())
                                .containsEntry("title.ru", "catalogue.validation.tooLong200"));
    }

    @Test
    void a_title_missing_in_the_readers_language_falls_back_to_another_and_says_which() {
        testCatalogue.signInAdmin();
        long instructor = people.create(Roles.INSTRUCTOR).personId();
        WorkshopDetails saved = catalogue.saveWorkshop(form(new Multilingual("", "Гончарство", ""), instructor, null));

        Multilingual.Shown shown =
                catalogue.workshop(saved.id()).orElseThrow().title().in(Locale.of("kk"));

        assertThat(shown).isEqualTo(new Multilingual.Shown("Гончарство", "ru", true));
        assertThat(saved.title().in(Locale.of("ru")).fallback()).isFalse();
    }

    @Test
    void a_picture_must_really_be_a_jpeg_png_or_webp_of_at_most_2_mb() {
        testCatalogue.signInAdmin();
        long instructor = people.create(Roles.INSTRUCTOR).personId();
        Multilingual title = new Multilingual("Киіз", "Войлок", "Felt");

        assertThatThrownBy(() -> catalogue.saveWorkshop(
                        form(title, instructor, new Picture("image/png", "<svg onload=alert(1)>".getBytes()))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("picture", "catalogue.picture.type"));
        byte[] huge = new byte[Picture.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThatThrownBy(() -> catalogue.saveWorkshop(form(title, instructor, new Picture("image/png", huge))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("picture", "catalogue.picture.tooBig"));

        WorkshopDetails saved = catalogue.saveWorkshop(form(title, instructor, new Picture("image/jpeg", PNG)));
        assertThat(saved.hasPicture()).isTrue();
        assertThat(catalogue.picture(saved.id()).orElseThrow().contentType())
                .as("type from the bytes")
                .isEqualTo("image/png");
    }

    @Test
    void of_two_admins_editing_the_same_room_the_second_save_is_refused() {
        testCatalogue.signInAdmin();
        RoomDetails room = testCatalogue.room(12);
        catalogue.saveRoom(new RoomForm(room.id(), room.version(), room.name(), 14, "", "", true));

        assertThatThrownBy(() ->
                        catalogue.saveRoom(new RoomForm(room.id(), room.version(), room.name(), 8, "", "", false)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.formMessageKey()).isEqualTo(OptimisticEdits.CHANGED_MEANWHILE));
        assertThat(catalogue.room(room.id()).orElseThrow().seats()).isEqualTo(14);
    }

    @Test
    void residents_and_instructors_cannot_change_the_catalogue_or_the_schedule_but_anyone_can_read_them() {
        for (String role : new String[] {Roles.RESIDENT, Roles.INSTRUCTOR}) {
            TestCatalogue.signIn(people.create(role));
            assertThatThrownBy(() -> catalogue.saveRoom(new RoomForm(null, 0, "Zal", 10, "", "", true)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            catalogue.saveCraft(new CraftForm(null, 0, new Multilingual("Тері", "Кожа", "Leather"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> planning.createSession(new NewSession(1L, 1L, 1L, null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> planning.cancelSession(1L, 0, "no")).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThat(catalogue.crafts())
                .extracting(CraftSummary::code)
                .contains("sculpture", "needlework", "glass", "other");
    }

    private WorkshopForm form(Multilingual title, long instructor, Picture picture) {
        long craft = catalogue.crafts().getFirst().id();
        return new WorkshopForm(
                null,
                0,
                craft,
                title,
                Multilingual.EMPTY,
                Multilingual.EMPTY,
                Multilingual.EMPTY,
                Level.BEGINNER,
                10,
                90,
                8,
                0,
                Set.of(instructor),
                picture,
                false);
    }
}
