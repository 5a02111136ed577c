package dev.staffdrill.account;

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
