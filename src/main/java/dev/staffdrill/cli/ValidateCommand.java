package dev.staffdrill.cli;

import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.ProbeCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check the content folder and print what it holds; exit 1 on any problem.")
public final class ValidateCommand implements Callable<Integer> {
    private final CliContext cli;

    @Unmatched
    List<String> settings;

    public ValidateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        var config = cli.config(settings);
        ContentBank bank = ContentLoader.load(config.contentDir()); // ContentException → exit 1 with file:line lines
        List<String> shortfalls = ProbeCoverage.shortfalls(bank, config.contentDir());
        if (!shortfalls.isEmpty()) {
            shortfalls.forEach(cli.err()::println);
            cli.err().println("content is invalid: " + shortfalls.size() + " item(s) without enough pushback probes");
            return 1;
        }
        cli.out().println("content OK: " + config.contentDir());
        bank.counts().forEach((k, v) -> cli.out().println("  " + k + ": " + v));
        cli.out().println("  rubric version: " + bank.rubric().version());
        return 0;
    }
}
