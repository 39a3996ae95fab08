package kz.sheber.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sheber.account.InstructorDirectory;
import kz.sheber.account.InstructorSummary;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.FieldChange;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.OptimisticEdits;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.domain.Craft;
import kz.sheber.catalogue.domain.CraftRepository;
import kz.sheber.catalogue.domain.InstructorBio;
import kz.sheber.catalogue.domain.InstructorBioRepository;
import kz.sheber.catalogue.domain.Room;
import kz.sheber.catalogue.domain.RoomRepository;
import kz.sheber.catalogue.domain.Texts;
import kz.sheber.catalogue.domain.Workshop;
import kz.sheber.catalogue.domain.WorkshopPicture;
import kz.sheber.catalogue.domain.WorkshopPictureRepository;
import kz.sheber.catalogue.domain.WorkshopRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's public face: everyone reads crafts, workshops, rooms and bios; only staff change them. */
@Service
@RolesAllowed(Roles.ADMIN)
public class CatalogueService {

    private final CraftRepository crafts;
    private final RoomRepository rooms;
    private final WorkshopRepository workshops;
    private final WorkshopPictureRepository pictures;
    private final InstructorBioRepository bios;
    private final InstructorDirectory instructors;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final ResidentDirectory people;

    CatalogueService(
            CraftRepository crafts,
            RoomRepository rooms,
            WorkshopRepository workshops,
            WorkshopPictureRepository pictures,
            InstructorBioRepository bios,
            InstructorDirectory instructors,
            Validator validator,
            ApplicationEventPublisher events,
            ResidentDirectory people) {
        this.people = people;
        this.events = events;
        this.crafts = crafts;
        this.rooms = rooms;
        this.workshops = workshops;
        this.pictures = pictures;
        this.bios = bios;
        this.instructors = instructors;
        this.validator = validator;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<CraftSummary> crafts() {
        return crafts.findAll().stream()
                .sorted(Comparator.comparing(Craft::getId))
                .map(CatalogueService::view)
                .toList();
    }

    @Transactional
    public CraftSummary saveCraft(CraftForm form) {
        Multilingual name = TextRules.check("name", form.name(), 100, true);
        Craft craft;
        String before = null;
        if (form.id() == null) {
            craft = new Craft(Texts.of(name));
        } else {
            craft = crafts.findById(form.id()).orElseThrow(() -> InvalidInput.form("catalogue.gone"));
            OptimisticEdits.check(craft.getVersion(), form.version());
            before = inEveryLanguage(craft.getName().toMultilingual());
            craft.setName(Texts.of(name));
        }
        Craft saved = OptimisticEdits.saving(() -> crafts.saveAndFlush(craft));
        events.publishEvent(new CatalogueChanged(
                CatalogueChanged.Kind.CRAFT,
                saved.getId(),
                form.id() == null,
                List.of(FieldChange.of(
                        "name", before, inEveryLanguage(saved.getName().toMultilingual())))));
        return view(saved);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<RoomDetails> rooms() {
        return rooms.findAll().stream()
                .map(CatalogueService::view)
                .sorted(Comparator.comparing(RoomDetails::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<RoomDetails> room(long id) {
        return rooms.findById(id).map(CatalogueService::view);
    }

    @Transactional
    public RoomDetails saveRoom(RoomForm form) {
        InvalidInput.check(validator, form);
        Room room;
        if (form.id() == null) {
            room = new Room();
        } else {
            room = rooms.findById(form.id()).orElseThrow(() -> InvalidInput.form("catalogue.gone"));
            OptimisticEdits.check(room.getVersion(), form.version());
        }
        List<FieldChange> fields = List.of(
                FieldChange.of("name", room.getName(), form.name().strip()),
                FieldChange.of("capacity", form.id() == null ? null : room.getSeats(), form.seats()));
        room.setName(form.name().strip());
        room.setSeats(form.seats());
        room.setEquipment(form.equipment() == null ? "" : form.equipment().strip());
        room.setAccessNotes(form.accessNotes() == null ? "" : form.accessNotes().strip());
        room.setStepFree(form.stepFree());
        Room saved = OptimisticEdits.saving(() -> rooms.saveAndFlush(room));
        events.publishEvent(new CatalogueChanged(CatalogueChanged.Kind.ROOM, saved.getId(), form.id() == null, fields));
        return view(saved);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<WorkshopDetails> workshops() {
        Map<Long, CraftSummary> craftsById = craftsById();
        Map<Long, InstructorSummary> people = instructorsById();
        Set<Long> withPicture = Set.copyOf(pictures.findAllIdsOnly());
        return workshops.findAll().stream()
                .map(w -> view(w, craftsById, people, withPicture.contains(w.getId())))
                .sorted(Comparator.comparing(w -> w.title().in(null).text(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<WorkshopDetails> workshop(long id) {
        return workshops.findById(id).map(w -> view(w, craftsById(), instructorsById(), pictures.existsById(id)));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Picture> picture(long workshopId) {
        return pictures.findById(workshopId).map(p -> new Picture(p.getContentType(), p.getContent()));
    }

    @Transactional
    public WorkshopDetails saveWorkshop(WorkshopForm form) {
        Workshop workshop = form.id() == null
                ? new Workshop()
                : workshops.findById(form.id()).orElseThrow(() -> InvalidInput.form("catalogue.gone"));
        if (form.id() != null) {
            OptimisticEdits.check(workshop.getVersion(), form.version());
        }
        WorkshopRules.apply(
                form,
                workshop,
                craftId -> crafts.existsById(craftId),
                personId -> instructors.instructor(personId).isPresent());
        Picture picture = form.picture() == null ? null : PictureCheck.checked(form.picture());
        Workshop saved = OptimisticEdits.saving(() -> workshops.saveAndFlush(workshop));
        events.publishEvent(
                new CatalogueChanged(CatalogueChanged.Kind.WORKSHOP, saved.getId(), form.id() == null, List.of()));
        if (picture != null) {
            pictures.save(new WorkshopPicture(saved.getId(), picture.contentType(), picture.content()));
        } else if (form.removePicture()) {
            pictures.deleteById(saved.getId());
        }
        return view(
                saved,
                craftsById(),
                instructorsById(),
                picture != null || (!form.removePicture() && pictures.existsById(saved.getId())));
    }

    /** Every instructor with their bio, by name. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<InstructorDetails> instructors() {
        Map<Long, InstructorBio> byPerson =
                bios.findAll().stream().collect(Collectors.toMap(InstructorBio::getPersonId, Function.identity()));
        return instructors.instructors().stream()
                .map(i -> view(i, byPerson.get(i.id())))
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<InstructorDetails> instructor(long personId) {
        return instructors
                .instructor(personId)
                .map(i -> view(i, bios.findById(personId).orElse(null)));
    }

    /** Erasure: an erased instructor's bio goes with their name (the person, staff or the retention job). */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean forgetBioOf(long personId) {
        people.requireSelfStaffOrJob(personId);
        if (!bios.existsById(personId)) {
            return false;
        }
        bios.deleteById(personId);
        return true;
    }

    @Transactional
    public InstructorDetails saveBio(BioForm form) {
        InstructorSummary person =
                instructors.instructor(form.personId()).orElseThrow(() -> InvalidInput.form("catalogue.gone"));
        Multilingual text = TextRules.check("bio", form.bio(), 4000, false);
        InstructorBio bio = bios.findById(form.personId()).orElse(null);
        if (bio == null) {
            OptimisticEdits.check(0, form.version());
            bio = new InstructorBio(form.personId(), Texts.of(text));
        } else {
            OptimisticEdits.check(bio.getVersion(), form.version());
            bio.setBio(Texts.of(text));
        }
        InstructorBio toSave = bio;
        return view(person, OptimisticEdits.saving(() -> bios.saveAndFlush(toSave)));
    }

    private static String inEveryLanguage(Multilingual text) {
        return text.kk() + " / " + text.ru() + " / " + text.en();
    }

    private Map<Long, CraftSummary> craftsById() {
        return crafts.findAll().stream().collect(Collectors.toMap(Craft::getId, CatalogueService::view));
    }

    private Map<Long, InstructorSummary> instructorsById() {
        return instructors.instructors().stream().collect(Collectors.toMap(InstructorSummary::id, Function.identity()));
    }

    private WorkshopDetails view(
            Workshop w, Map<Long, CraftSummary> craftsById, Map<Long, InstructorSummary> people, boolean hasPicture) {
        List<InstructorSummary> teaching = w.getInstructorIds().stream()
                .map(id -> Optional.ofNullable(people.get(id)).or(() -> instructors.instructor(id)))
                .flatMap(Optional::stream)
                .toList();
        // craft_id is a NOT NULL foreign key, so every workshop's craft is among all crafts
        return new WorkshopDetails(
                w.getId(),
                Objects.requireNonNull(craftsById.get(w.getCraftId())),
                w.getTitle().toMultilingual(),
                w.getDescription().toMultilingual(),
                w.getProvided().toMultilingual(),
                w.getToBring().toMultilingual(),
                w.getLevel(),
                w.getMinimumAge(),
                w.getDurationMinutes(),
                w.getDefaultCapacity(),
                w.getPriceTenge(),
                teaching,
                hasPicture,
                w.getVersion());
    }

    private static CraftSummary view(Craft c) {
        return new CraftSummary(c.getId(), c.getCode(), c.getName().toMultilingual(), c.getVersion());
    }

    private static RoomDetails view(Room r) {
        return new RoomDetails(
                r.getId(),
                r.getName(),
                r.getSeats(),
                r.getEquipment(),
                r.getAccessNotes(),
                r.isStepFree(),
                r.getVersion());
    }

    private static InstructorDetails view(InstructorSummary person, @Nullable InstructorBio bio) {
        return new InstructorDetails(
                person.id(),
                person.fullName(),
                bio == null ? Multilingual.EMPTY : bio.getBio().toMultilingual(),
                bio == null ? 0 : bio.getVersion());
    }
}
