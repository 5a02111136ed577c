package dev.staffdrill.cli;

import dev.staffdrill.config.Config;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** What every subcommand gets: the environment and where to print. Passed in so tests can capture it. */
public record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err) {
    public Config config(List<String> flags) {
        return Config.load(flags == null ? List.of() : flags, env);
    }
}
