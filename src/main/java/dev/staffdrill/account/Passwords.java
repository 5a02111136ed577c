package dev.staffdrill.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Argon2id hashing (OWASP's 19 MiB, 2 passes, 1 lane) via password4j, and the password rules:
 * a minimum length and a list of passwords attackers try first.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private final Set<String> common;
    /**
     * Verified against when the account does not exist, so both paths do the same Argon2 work and
     * timing does not reveal which usernames exist. A fixed hash (of "decoy-password-for-timing",
     * made once with {@link #ARGON2}'s parameters) rather than one made at start: hashing it on a cold
     * JVM cost about half a second of start-up CPU. A verify re-derives the key with the parameters
     * written in the hash, so it costs what a real verify costs as long as they equal ARGON2's;
     * PasswordsTest fails if ARGON2 changes and this line is not made again.
     */
    static final String DECOY = "$argon2id$v=19$m=19456,t=2,p=1$XXK9xAP6wav+MB7zs6D7Ag$WwrvQGY2YpsWLI8n/YWnSbfxQIRcqmYU8dIHOQhX2Eo";

    public Passwords() {
        this.common = loadCommon();
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean verify(String password, String hash) {
        if (hash == null) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public void verifyDecoy(String password) {
        verify(password, DECOY);
    }

    /** Why a new password is refused, or empty when it is fine. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.equals(username) || lower.chars().distinct().count() < 4) {
            return Optional.of("That password is too easy to guess; pick a longer phrase of your own.");
        }
        return Optional.empty();
    }

    private static Set<String> loadCommon() {
        Set<String> s = new HashSet<>();
        try (var in = Passwords.class.getResourceAsStream("common-passwords.txt");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> s.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }
}
