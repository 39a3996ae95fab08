package kz.sheber.roster;

/** An instructor (or staff) wrote to a class; how many mails were queued. The text stays with the roster. */
public record ClassMessageSent(long sessionId, int recipients, boolean includeWaiting) {}
