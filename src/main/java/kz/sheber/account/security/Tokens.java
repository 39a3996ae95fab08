package kz.sheber.account.security;

import java.security.SecureRandom;
import java.util.Base64;
import kz.sheber.base.Sha256;

/** Tokens for emailed links: 256 random bits, given out once, stored only as a SHA-256 hash. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
