package kz.sheber.booking;

import java.security.SecureRandom;

/**
 * Booking references people can read over the phone: six characters, none of 0 O 1 I L. 31^6 is about 887 million;
 * the rare clash breaks uq_booking_reference and {@link LockRetry} runs the booking again with a fresh draw.
 */
final class References {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    static String next() {
        char[] chars = new char[6];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
