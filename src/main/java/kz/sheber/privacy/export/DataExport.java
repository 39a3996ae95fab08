package kz.sheber.privacy.export;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.sheber.account.PersonErasure;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.PersonalDataSection;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.privacy.PersonalDataExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's own copy of what the centre keeps about them: one ZIP with {@code sheber-data.json} (for machines)
 * and {@code sheber-data.html} (to read, in the person's language), from every feature's
 * {@link PersonalDataSection}. Residents download their own; staff make the same file for someone at the desk.
 */
@Service
public class DataExport {

    private final List<PersonalDataSection> sections;
    private final PersonErasure accounts;
    private final ResidentDirectory people;
    private final ExportFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DataExport(
            List<PersonalDataSection> sections,
            PersonErasure accounts,
            ResidentDirectory people,
            ExportFiles files,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PersonalDataSection::order))
                .toList();
        this.accounts = accounts;
        this.people = people;
        this.files = files;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The signed-in person's file, written to {@code out}. */
    @PreAuthorize("isAuthenticated()")
    public void writeMine(OutputStream out) {
        write(people.requireSignedInId(), false, out);
    }

    /** Staff make the file for a person who asks at the desk or by letter. */
    @RolesAllowed(Roles.ADMIN)
    public void writeFor(long personId, OutputStream out) {
        write(personId, true, out);
    }

    /** The file's name, with today's date: {@code sheber-data-2026-12-01.zip}. */
    @PreAuthorize("isAuthenticated()")
    public String fileName() {
        return "sheber-data-" + clock.instant().toString().substring(0, 10) + ".zip";
    }

    private void write(long personId, boolean byStaff, OutputStream out) {
        var account = accounts.erasable(personId).orElseThrow(() -> InvalidInput.form("privacy.export.gone"));
        Locale language = Languages.of(account.language()).orElse(Languages.KAZAKH);
        var subject = new PersonalDataSection.Subject(personId, account.email(), language);
        List<ExportFiles.Part> parts = sections.stream()
                .map(section -> new ExportFiles.Part(section.name(), section.of(subject)))
                .toList();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("sheber-data.json"));
            files.json(personId, clock.instant(), parts, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sheber-data.html"));
            files.html(clock.instant(), parts, language, zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("The data file could not be written", e);
        }
        int records =
                parts.stream().mapToInt(part -> part.table().rows().size()).sum();
        transaction.executeWithoutResult(
                status -> events.publishEvent(new PersonalDataExported(personId, byStaff, records)));
    }
}
