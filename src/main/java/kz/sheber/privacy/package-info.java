/**
 * Personal data as the Law of the Republic of Kazakhstan No. 94-V asks: consent that can be proven, a person's own
 * copy, erasure and retention. Consent: the privacy notice (its text from the centre's settings, versioned by the
 * text itself) and each person's consent to a version, recorded when they register, are added at the desk or
 * accept an invitation, and asked again once when the text changes. Only this feature touches its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package kz.sheber.privacy;
