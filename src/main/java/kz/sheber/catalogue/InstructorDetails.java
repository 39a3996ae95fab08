package kz.sheber.catalogue;

/** An instructor with their bio (empty until staff write one). */
public record InstructorDetails(long personId, String fullName, Multilingual bio, long version) {}
