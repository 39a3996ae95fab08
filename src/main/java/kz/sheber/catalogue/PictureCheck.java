package kz.sheber.catalogue;

import java.util.Arrays;
import kz.sheber.base.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Trusts the bytes, not the browser's claim: a picture must start like a JPEG, PNG or WebP file. */
final class PictureCheck {

    private PictureCheck() {}

    static Picture checked(Picture picture) {
        byte[] b = picture.content();
        if (b == null || b.length == 0) {
            throw InvalidInput.field("picture", "catalogue.picture.type");
        }
        if (b.length > Picture.MAX_BYTES) {
            throw InvalidInput.field("picture", "catalogue.picture.tooBig");
        }
        String type = typeOf(b);
        if (type == null) {
            throw InvalidInput.field("picture", "catalogue.picture.type");
        }
        return new Picture(type, b);
    }

    private static @Nullable String typeOf(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        int[] actual = new int[expected.length];
        Arrays.setAll(actual, i -> bytes[offset + i] & 0xFF);
        return Arrays.equals(actual, expected);
    }
}
