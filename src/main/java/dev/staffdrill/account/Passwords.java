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
import java.util.concurrent.CompletableFuture;

/**
 * Argon2id hashing (OWASP's 19 MiB, 2 passes, 1 lane) via password4j, and the password rules:
 * a minimum length and a list of passwords attackers try first.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private final Set<String> common;
    /**
     * Verified against when the account does not exist, so both paths take the same time. Hashed in
     * the background: an Argon2 hash on a cold JVM took 0.25-0.75 s of start-up on a 2-core machine.
     */
    private final CompletableFuture<String> decoy;

    public Passwords() {
        this.common = loadCommon();
        this.decoy = CompletableFuture.supplyAsync(() -> hash("decoy-password-for-timing"));
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
        verify(password, decoy.join());
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
