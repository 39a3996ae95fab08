package kz.sheber.privacy;

/** A signed-in person declined a new version of the notice and was signed out; their data stays for staff. */
public record ConsentRefused(long personId, long noticeVersion) {}
