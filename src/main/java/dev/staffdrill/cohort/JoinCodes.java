package dev.staffdrill.cohort;

import java.security.SecureRandom;

/**
 * Join codes are capabilities: whoever holds one can join. 20 characters from a 31-letter
 * alphabet is about 99 bits from {@link SecureRandom}, far beyond guessing over HTTP. The alphabet
 * leaves out look-alikes (0/o, 1/l/i) so a code read aloud or retyped still works; dashes every
 * five characters are only for reading.
 */
final class JoinCodes {
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LENGTH = 20;
    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder sb = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** A typed code, forgiving case and surrounding spaces; anything else simply will not match. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
