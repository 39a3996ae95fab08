package kz.sheber.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a secret, in lower-case hex: what is stored of a token, so a database leak opens nothing. */
public final class Sha256 {

    private Sha256() {}

    /** The same as MariaDB's {@code SHA2(text, 256)}, which migrations use to hash tokens already stored. */
    public static String hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
