/**
 * Personal data as the Law of the Republic of Kazakhstan No. 94-V asks: consent that can be proven, a person's own
 * copy, erasure and retention. Consent: the privacy notice (its text from the centre's settings, versioned by the
 * text itself) and each person's consent to a version, recorded when they register, are added at the desk or
 * accept an invitation, and asked again once when the text changes. A person's own copy ({@code export}: one ZIP
 * with JSON and a readable page, assembled from each feature's {@link kz.sheber.base.PersonalDataSection}), erasure
 * ({@code erasure}: upcoming bookings cancelled through booking, then every personal field emptied while bookings
 * and attendance stay as anonymous rows, so the centre's figures stay true) and retention ({@code retention}: a
 * daily job that anonymises residents not seen for {@code sheber.privacy.anonymise-inactive-after} and destroys
 * the text of class messages after {@code sheber.privacy.class-message-text-kept}). It publishes
 * {@link kz.sheber.privacy.PersonErased} and {@link kz.sheber.privacy.PersonalDataExported} for the audit trail;
 * only this feature touches its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
@NullMarked
package kz.sheber.privacy;

import org.jspecify.annotations.NullMarked;
