package kz.sheber.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.PersonBooking;
import kz.sheber.roster.domain.AttendanceBook;
import kz.sheber.roster.domain.ClassMessages;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The roster's sections of a person's data export: their attendance, and what instructors wrote to the classes
 * they were booked in (sent after they booked).
 */
@Configuration(proxyBeanMethods = false)
class RosterData {

    @Bean
    PersonalDataSection attendanceData(AttendanceBook attendance, BookingService bookings, TimetableService schedule) {
        return section(
                "attendance",
                40,
                List.of("reference", "workshop", "startsAt", "mark", "seatsPresent", "markedAt"),
                subject -> {
                    Map<Long, String> references = bookings.bookingsOfPerson(subject.personId()).stream()
                            .collect(Collectors.toMap(PersonBooking::id, PersonBooking::reference));
                    return attendance.ofPerson(subject.personId()).stream()
                            .map(mark -> {
                                var card = schedule.card(mark.sessionId());
                                return Arrays.<Object>asList(
                                        references.get(mark.bookingId()),
                                        card.map(c -> c.workshopTitle()
                                                        .in(subject.language())
                                                        .text())
                                                .orElse(""),
                                        card.map(SessionCard::startsAt).orElse(null),
                                        mark.status(),
                                        mark.seatsPresent(),
                                        mark.markedAt());
                            })
                            .toList();
                });
    }

    @Bean
    PersonalDataSection classMessagesData(ClassMessages messages, BookingService bookings, TimetableService schedule) {
        return section(
                "classMessages",
                50,
                List.of("workshop", "startsAt", "sentAt", "from", "subject", "text"),
                subject -> bookings.bookingsOfPerson(subject.personId()).stream()
                        .flatMap(booking -> schedule.card(booking.sessionId()).stream()
                                .flatMap(card -> messages.ofSession(card.id()).stream()
                                        .filter(m -> !m.sentAt().isBefore(booking.bookedAt()))
                                        .map(m -> Arrays.<Object>asList(
                                                card.workshopTitle()
                                                        .in(subject.language())
                                                        .text(),
                                                card.startsAt(),
                                                m.sentAt(),
                                                m.sentBy(),
                                                m.subject(),
                                                m.body()))))
                        .toList());
    }

    private static PersonalDataSection section(
            String name,
            int order,
            List<String> columns,
            Function<PersonalDataSection.Subject, List<List<Object>>> rows) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Table of(Subject subject) {
                return new Table(columns, rows.apply(subject));
            }
        };
    }
}
