package kz.sheber.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an instructor writes to a class: sent as written, inside a frame in each recipient's language. */
public record MessageToClass(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String body,
        boolean includeWaiting) {}
