package kz.sheber.catalogue;

import kz.sheber.base.PlainText;

/** A workshop's picture: JPEG, PNG or WebP, at most {@link #MAX_BYTES}. */
public record Picture(String contentType, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public Picture {
        contentType = PlainText.line(contentType); // from the browser's upload, like any typed text
    }
}
