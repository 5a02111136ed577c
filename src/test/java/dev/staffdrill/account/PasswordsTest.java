package dev.staffdrill.account;

import com.password4j.Argon2Function;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {
    final Passwords passwords = new Passwords();

    @Test
    void hashesWithArgon2idAndASaltOfItsOwn() {
        String a = passwords.hash("a long pass phrase");
        String b = passwords.hash("a long pass phrase");
        assertThat(a).startsWith("$argon2id$").doesNotContain("a long pass phrase").isNotEqualTo(b);
        assertThat(passwords.verify("a long pass phrase", a)).isTrue();
        assertThat(passwords.verify("a long pass phrasE", a)).isFalse();
        assertThat(passwords.verify("a long pass phrase", null)).isFalse();
    }

    @Test
    void refusesShortCommonAndSelfNamedPasswords() {
        assertThat(passwords.problem(null, "ada")).contains("Use at least 10 characters.");
        assertThat(passwords.problem("123456789", "ada")).isPresent();
        assertThat(passwords.problem("x".repeat(201), "ada")).contains("Use at most 200 characters.");
        assertThat(passwords.problem("Password123", "ada")).get().asString().contains("too easy");
        assertThat(passwords.problem("aaaaaaaaaaaa", "ada")).get().asString().contains("too easy");
        assertThat(passwords.problem("ada@example.com", "ada@example.com")).get().asString().contains("too easy");
        assertThat(passwords.problem("a long pass phrase", "ada")).isEmpty();
    }

    @Test
    void decoyCheckCostsAboutAsMuchAsARealOne() {
        String hash = passwords.hash("a long pass phrase");
        passwords.verifyDecoy("warm up");
        passwords.verify("warm up", hash);
        long real = time(() -> passwords.verify("a guess here", hash));
        long decoy = time(() -> passwords.verifyDecoy("a guess here"));
        // Same Argon2 parameters, so the same work; a loose bound that only a missing decoy check breaks.
        assertThat(decoy).isGreaterThan(real / 4);
    }

    @Test
    void decoyIsARealHashWithTodaysParameters() {
        // The decoy is a fixed string: if the hashing parameters change, it must be made again, or an
        // unknown username would be answered faster (or slower) than a known one.
        assertThat(Argon2Function.getInstanceFromHash(Passwords.DECOY)).isEqualTo(Passwords.ARGON2);
        String fresh = passwords.hash("a long pass phrase");
        assertThat(shape(Passwords.DECOY)).isEqualTo(shape(fresh)); // same salt and key lengths
        // A genuine Argon2id hash of a known phrase, so verifying it runs the full derivation.
        assertThat(passwords.verify("decoy-password-for-timing", Passwords.DECOY)).isTrue();
        assertThat(passwords.verify("decoy-password-for-timinG", Passwords.DECOY)).isFalse();
    }

    /** "$argon2id$v=19$m=..,t=..,p=..$" plus the lengths of the salt and the key. */
    private static String shape(String hash) {
        String[] parts = hash.split("\\$");
        return String.join("$", parts[1], parts[2], parts[3]) + " salt " + parts[4].length() + " key " + parts[5].length();
    }

    private static long time(Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, System.nanoTime() - t);
        }
        return best;
    }
}
