package dev.staffdrill.cli;

import dev.staffdrill.config.ConfigException;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A password for a command, as a picocli mixin ({@code @Mixin PasswordInput password}): the first
 * line of {@code --password-file}, else of stdin (not echoed at a terminal). Never an argument or
 * the environment: both leak into process listings and history.
 */
final class PasswordInput {
    @Option(names = "--password-file", description = "Read the password from the first line of this file instead of stdin.")
    Path passwordFile;

    String read(InputStream stdin, String username) throws IOException {
        if (passwordFile != null) {
            try (InputStream in = Files.newInputStream(passwordFile)) {
                return firstLine(in);
            } catch (IOException e) {
                throw new ConfigException("cannot read --password-file " + passwordFile + " (" + e.getClass().getSimpleName()
                        + "): give a readable file, or pipe the password on stdin");
            }
        }
        if (stdin == System.in && System.console() != null) { // typed at a terminal: do not echo it
            char[] typed = System.console().readPassword("Password for %s: ", username);
            return typed == null ? "" : new String(typed);
        }
        return firstLine(stdin);
    }

    private static String firstLine(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = r.readLine();
        return line == null ? "" : line;
    }
}
