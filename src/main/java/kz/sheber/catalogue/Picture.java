package kz.sheber.catalogue;

/** A workshop's picture: JPEG, PNG or WebP, at most {@link #MAX_BYTES}. */
public record Picture(String contentType, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
}
