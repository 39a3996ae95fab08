package kz.sheber.catalogue;

import java.util.List;
import kz.sheber.account.InstructorDirectory;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.demo.DemoSeeder;
import kz.sheber.catalogue.domain.CraftRepository;
import kz.sheber.catalogue.domain.InstructorBio;
import kz.sheber.catalogue.domain.InstructorBioRepository;
import kz.sheber.catalogue.domain.Room;
import kz.sheber.catalogue.domain.RoomRepository;
import kz.sheber.catalogue.domain.Texts;
import kz.sheber.catalogue.domain.Workshop;
import kz.sheber.catalogue.domain.WorkshopRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo centre's rooms, a dozen workshops and the two demo instructors' bios. Only under the demo profile. */
@Component
@Profile("demo")
class DemoCatalogue implements DemoSeeder {

    static final String AIGERIM = "aigerim@sheber.demo";
    static final String NURLAN = "nurlan@sheber.demo";

    private record Demo(
            String craft,
            String kk,
            String ru,
            String en,
            Level level,
            int minutes,
            int places,
            @Nullable Integer price,
            String instructor) {}

    private static final List<Demo> WORKSHOPS = List.of(
            new Demo(
                    "sculpture",
                    "Саздан мүсін жасау",
                    "Лепка из глины",
                    "Clay sculpture",
                    Level.BEGINNER,
                    120,
                    8,
                    6000,
                    NURLAN),
            new Demo(
                    "sculpture",
                    "Портреттік мүсін",
                    "Скульптурный портрет",
                    "Portrait sculpture",
                    Level.ADVANCED,
                    180,
                    6,
                    12000,
                    NURLAN),
            new Demo(
                    "needlework",
                    "Қазақ кестесі",
                    "Казахская вышивка",
                    "Kazakh embroidery",
                    Level.BEGINNER,
                    120,
                    10,
                    5000,
                    AIGERIM),
            new Demo(
                    "needlework",
                    "Тұскиіз кестелеу",
                    "Вышивка тускиз",
                    "Tuskiiz wall hanging",
                    Level.INTERMEDIATE,
                    150,
                    8,
                    8000,
                    AIGERIM),
            new Demo(
                    "pottery",
                    "Құмыра шеңбері",
                    "Гончарный круг",
                    "The potter's wheel",
                    Level.BEGINNER,
                    120,
                    6,
                    7000,
                    NURLAN),
            new Demo(
                    "weaving",
                    "Алаша тоқу",
                    "Ткачество аши",
                    "Alasha weaving",
                    Level.INTERMEDIATE,
                    180,
                    6,
                    9000,
                    AIGERIM),
            new Demo(
                    "woodcarving",
                    "Ағаштан ою ою",
                    "Резьба по дереву: орнамент",
                    "Wood carving: ornament",
                    Level.BEGINNER,
                    120,
                    8,
                    6500,
                    NURLAN),
            new Demo(
                    "felt",
                    "Сырмақ басу",
                    "Войлочный сырмак",
                    "Felt syrmak rugs",
                    Level.BEGINNER,
                    180,
                    10,
                    null,
                    AIGERIM),
            new Demo(
                    "felt",
                    "Киізден ойыншық",
                    "Игрушки из войлока",
                    "Felt toys for children",
                    Level.BEGINNER,
                    90,
                    12,
                    3000,
                    AIGERIM),
            new Demo(
                    "textiles",
                    "Табиғи бояулар",
                    "Натуральное крашение",
                    "Natural dyes",
                    Level.INTERMEDIATE,
                    120,
                    10,
                    5500,
                    AIGERIM),
            new Demo(
                    "glass",
                    "Шыныдан әшекей",
                    "Украшения из стекла",
                    "Glass jewellery",
                    Level.ADVANCED,
                    150,
                    6,
                    11000,
                    NURLAN),
            new Demo(
                    "other",
                    "Домбыра жасау негіздері",
                    "Основы изготовления домбры",
                    "Making a dombra: the basics",
                    Level.ADVANCED,
                    180,
                    6,
                    15000,
                    NURLAN));

    private final CraftRepository crafts;
    private final RoomRepository rooms;
    private final WorkshopRepository workshops;
    private final InstructorBioRepository bios;
    private final InstructorDirectory instructors;

    DemoCatalogue(
            CraftRepository crafts,
            RoomRepository rooms,
            WorkshopRepository workshops,
            InstructorBioRepository bios,
            InstructorDirectory instructors) {
        this.crafts = crafts;
        this.rooms = rooms;
        this.workshops = workshops;
        this.bios = bios;
        this.instructors = instructors;
    }

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        room(
                "Шеберхана 1 / Мастерская 1",
                12,
                "Гончарные круги, печь / Potter's wheels, kiln",
                "1 этаж, вход со двора",
                true);
        room("Шеберхана 2 / Мастерская 2", 10, "Станки, пяльцы / Looms, embroidery hoops", "2 этаж, лифт есть", true);
        room(
                "Ағаш шеберханасы / Столярная",
                8,
                "Верстаки, инструменты / Workbenches, tools",
                "Подвал, 6 ступенек",
                false);
        InstructorSummary aigerim = instructors.instructorByEmail(AIGERIM).orElseThrow();
        InstructorSummary nurlan = instructors.instructorByEmail(NURLAN).orElseThrow();
        bios.save(new InstructorBio(
                aigerim.id(),
                Texts.of(new Multilingual(
                        "Әйгерім 15 жыл бойы қазақ кестесі мен киіз басумен айналысады. Таразда туып-өскен.",
                        "Айгерим 15 лет занимается казахской вышивкой и войлоком. Родом из Тараза.",
                        "Aigerim has worked in Kazakh embroidery and felt for 15 years. Born and raised in Taraz."))));
        bios.save(new InstructorBio(
                nurlan.id(),
                Texts.of(new Multilingual(
                        "Нұрлан — мүсінші және ағаш ою шебері, республикалық көрмелердің қатысушысы.",
                        "Нурлан — скульптор и мастер резьбы по дереву, участник республиканских выставок.",
                        "Nurlan is a sculptor and wood carver who has shown his work at national exhibitions."))));
        for (Demo demo : WORKSHOPS) {
            Workshop w = new Workshop();
            w.setCraftId(crafts.findByCode(demo.craft()).orElseThrow().getId());
            w.setTitle(Texts.of(new Multilingual(demo.kk(), demo.ru(), demo.en())));
            w.setDescription(Texts.of(Multilingual.EMPTY));
            w.setProvided(Texts.of(new Multilingual("Барлық материалдар", "Все материалы", "All materials")));
            w.setToBring(Texts.of(new Multilingual("Алжапқыш", "Фартук", "An apron")));
            w.setLevel(demo.level());
            w.setMinimumAge(demo.level() == Level.ADVANCED ? 16 : 10);
            w.setDurationMinutes(demo.minutes());
            w.setDefaultCapacity(demo.places());
            w.setPriceTenge(demo.price());
            w.getInstructorIds().add((demo.instructor().equals(AIGERIM) ? aigerim : nurlan).id());
            workshops.save(w);
        }
    }

    private void room(String name, int seats, String equipment, String access, boolean stepFree) {
        Room room = new Room();
        room.setName(name);
        room.setSeats(seats);
        room.setEquipment(equipment);
        room.setAccessNotes(access);
        room.setStepFree(stepFree);
        rooms.save(room);
    }
}
