package kz.sheber.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.sheber.account.PersonSummary;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.account.StaffService;
import kz.sheber.base.Roles;
import kz.sheber.base.i18n.Languages;
import kz.sheber.privacy.domain.Consent;
import kz.sheber.privacy.domain.ConsentRepository;
import kz.sheber.privacy.domain.PrivacyNotice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy notice for anyone to read; a signed-in person accepting (or refusing) the version in force; and, for
 * staff, who consented to what. Consent on the way in (registration, desk, invitation) is recorded by
 * {@link ConsentRecorder} from the account's own transaction.
 */
@Service
public class ConsentService {

    private final NoticeWording wording;
    private final NoticeVersions versions;
    private final ConsentRepository consents;
    private final ConsentRecorder recorder;
    private final ResidentDirectory people;
    private final StaffService staff;
    private final ApplicationEventPublisher events;

    ConsentService(
            NoticeWording wording,
            NoticeVersions versions,
            ConsentRepository consents,
            ConsentRecorder recorder,
            ResidentDirectory people,
            StaffService staff,
            ApplicationEventPublisher events) {
        this.wording = wording;
        this.versions = versions;
        this.consents = consents;
        this.recorder = recorder;
        this.people = people;
        this.staff = staff;
        this.events = events;
    }

    /** The notice in force, in the reader's language (Kazakh for a language the centre does not offer). */
    @PermitAll
    @Transactional(readOnly = true)
    public NoticeText notice(Locale language) {
        PrivacyNotice current = versions.current();
        Locale shown = Languages.of(language.getLanguage()).orElse(Languages.KAZAKH);
        return new NoticeText(current.getId(), current.getPublishedAt(), wording.in(shown));
    }

    /** The version in force: what a person's consent must name to be current. */
    @PermitAll
    public long currentVersion() {
        return versions.current().getId();
    }

    /**
     * Whether the signed-in resident or instructor has yet to accept the version in force; false for a visitor and
     * for staff-only accounts, who are the operator's own people and keep the notice rather than accept it.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean needsMyConsent() {
        if (!people.signedInHolds(Roles.RESIDENT) && !people.signedInHolds(Roles.INSTRUCTOR)) {
            return false;
        }
        return people.signedInId()
                .map(me -> !consents.existsByPersonIdAndNoticeVersion(me, currentVersion()))
                .orElse(false);
    }

    /** The signed-in person accepts the version in force, read in {@code language}; a second accept adds nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptCurrentNotice(Locale language) {
        long me = people.requireSignedInId();
        if (!consents.existsByPersonIdAndNoticeVersion(me, currentVersion())) {
            String shown = Languages.of(language.getLanguage())
                    .orElse(Languages.KAZAKH)
                    .getLanguage();
            recorder.record(me, shown, ConsentChannel.ONLINE, null);
        }
    }

    /**
     * The signed-in person declines the version in force. Nothing of theirs changes (staff decide what happens to
     * the account); the refusal goes into the audit trail and the caller signs them out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void refuseCurrentNotice() {
        events.publishEvent(new ConsentRefused(people.requireSignedInId(), currentVersion()));
    }

    /** Every consent this person gave, newest first. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<ConsentRecord> consentsOf(long personId) {
        List<Consent> given = consents.findByPersonIdOrderByGivenAtDesc(personId);
        Map<Long, String> staffNames = staffNames(given);
        return given.stream().map(c -> record(c, staffNames)).toList();
    }

    /** People matching the search, each with their latest consent; {@code onlyOutdated} keeps those not current. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<PersonConsent> people(String text, boolean onlyOutdated, int limit) {
        List<PersonSummary> found = staff.findPeople(text, limit);
        long current = currentVersion();
        Map<Long, Consent> latest = new LinkedHashMap<>();
        Set<Long> accepted = new HashSet<>();
        for (Consent c :
                consents.findByPersonIdIn(found.stream().map(PersonSummary::id).toList())) {
            latest.putIfAbsent(c.getPersonId(), c);
            if (c.getNoticeVersion() == current) {
                accepted.add(c.getPersonId());
            }
        }
        Map<Long, String> staffNames = staffNames(latest.values());
        return found.stream()
                .map(p -> new PersonConsent(
                        p.id(),
                        p.fullName(),
                        p.email(),
                        latest.containsKey(p.id()) ? record(latest.get(p.id()), staffNames) : null,
                        accepted.contains(p.id())))
                .filter(p -> !onlyOutdated || !p.current())
                .toList();
    }

    /** How many people accepted the version in force. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long acceptedCurrent() {
        return consents.countByNoticeVersion(currentVersion());
    }

    private Map<Long, String> staffNames(Collection<Consent> given) {
        Set<Long> ids = new HashSet<>();
        given.stream().map(Consent::getStaffId).filter(Objects::nonNull).forEach(ids::add);
        return ids.isEmpty() ? Map.of() : staff.namesOf(ids);
    }

    private static ConsentRecord record(Consent c, Map<Long, String> staffNames) {
        return new ConsentRecord(
                c.getNoticeVersion(),
                c.getLanguage(),
                c.getGivenAt(),
                c.getChannel(),
                c.getStaffId() == null ? null : staffNames.get(c.getStaffId()));
    }
}
