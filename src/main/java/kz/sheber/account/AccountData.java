package kz.sheber.account;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kz.sheber.account.domain.PersonRepository;
import kz.sheber.base.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account itself in a person's data export: who they are to the centre and how to reach them. */
@Component
class AccountData implements PersonalDataSection {

    private final PersonRepository people;

    AccountData(PersonRepository people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Table of(Subject subject) {
        List<String> columns = List.of(
                "fullName",
                "email",
                "emailVerified",
                "phone",
                "language",
                "reminders",
                "roles",
                "registeredAt",
                "lastSignedInAt");
        return new Table(
                columns,
                people.findById(subject.personId())
                        .map(p -> List.<List<Object>>of(Arrays.asList(
                                p.getFullName(),
                                p.getEmail(),
                                p.isEmailVerified(),
                                p.getPhone(),
                                p.getLanguage(),
                                p.isRemindersEnabled(),
                                p.getRoles().stream().sorted().collect(Collectors.joining(", ")),
                                p.getCreatedAt(),
                                p.getLastSignedInAt())))
                        .orElse(List.of()));
    }
}
