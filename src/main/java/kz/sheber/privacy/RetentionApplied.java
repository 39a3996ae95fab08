package kz.sheber.privacy;

/** What one day's retention run did: how many residents it anonymised and class messages it emptied. */
public record RetentionApplied(int residentsAnonymised, int classMessagesEmptied) {}
