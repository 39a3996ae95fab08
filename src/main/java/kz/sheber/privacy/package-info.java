/**
 * A person's personal data, done right: their own copy ({@code export}: one ZIP with JSON and a readable page,
 * assembled from each feature's {@link kz.sheber.base.PersonalDataSection}), erasure ({@code erasure}: upcoming
 * bookings cancelled through booking, then every personal field emptied while bookings and attendance stay as
 * anonymous rows, so the centre's figures stay true) and retention ({@code retention}: a daily job that anonymises
 * residents not seen for {@code sheber.privacy.anonymise-inactive-after} and destroys the text of class messages
 * after {@code sheber.privacy.class-message-text-kept}). It publishes {@link kz.sheber.privacy.PersonErased} and
 * {@link kz.sheber.privacy.PersonalDataExported} for the audit trail; it never touches another feature's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package kz.sheber.privacy;
