package dev.staffdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.staffdrill.config.Config;
import dev.staffdrill.config.Setting;
import dev.staffdrill.content.ContentLoader;
import dev.staffdrill.content.ContentMerge;
import dev.staffdrill.content.ContentSync;
import dev.staffdrill.db.Database;
import dev.staffdrill.importer.ChapterParser;
import dev.staffdrill.importer.ImportException;
import dev.staffdrill.importer.ImportResult;
import dev.staffdrill.importer.ImportService;
import dev.staffdrill.importer.ImportSummary;
import dev.staffdrill.web.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        customSynopsis = "staff-drill import FILE.md... [--dry-run] [--json] [--chapter=N] [settings]",
        description = {
        "Turn chapter Markdown into drill items: the reviewer's \"Google L6 Interview Follow-Ups This Design Must "
                + "Survive\", PART 18's exercises, a master review's STEP 5 groups (as exercise sets) and PART 16's "
                + "interviewer probes.",
        "All files are parsed first; if any fails, nothing is imported. Re-importing an unchanged file changes nothing."},
        footer = {"", "Settings: any of the options listed by 'staff-drill --help', e.g. --data-dir DIR."})
public final class ImportCommand implements Callable<Integer> {
    private final CliContext cli;

    @Option(names = "--dry-run", description = "Show what would be imported; the database is not opened.")
    boolean dryRun;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--chapter", paramLabel = "N",
            description = "Treat the files as chapter N (when their headings number chapters differently).")
    Integer chapter;

    /** FILE.md… and settings: picocli cannot tell "--data-dir DIR" from a file, so they are split here. */
    @Unmatched
    List<String> args = new ArrayList<>();

    public ImportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        List<String> settings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        split(args, settings, files);
        if (files.isEmpty()) {
            cli.err().println("error: name at least one chapter file: staff-drill import FILE.md… [--dry-run] [--json]");
            return 2;
        }
        Config config = cli.config(settings); // bad settings fail before any file is read
        ChapterParser parser = new ChapterParser();
        List<ImportResult> results = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String f : files) {
            read(f, errors).ifPresent(text -> {
                try {
                    results.add(parser.parse(Path.of(f).getFileName().toString(), text, chapter));
                } catch (ImportException e) {
                    errors.add(f + ": " + e.getMessage().substring(e.file().length() + 2));
                }
            });
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> cli.err().println("error: " + e));
            return 1;
        }
        if (dryRun) {
            print(json ? toJson(ImportJson.envelope(true, results.stream().map(ImportJson::file).toList()))
                    : ImportJson.text(results));
            return 0;
        }
        try (Database db = Database.open(config)) {
            ImportService service = new ImportService(db.jdbi(), Clock.systemUTC(),
                    imported -> ContentMerge.merge(ContentLoader.load(config.contentDir()), imported));
            List<ImportSummary> summaries = service.applyAll(results);
            ContentSync.announce(db.jdbi()); // running instances reload their bank within seconds
            print(json ? toJson(ImportJson.envelope(false, summaries))
                    : String.join("\n", summaries.stream().map(ImportSummary::describe).toList()));
        }
        return 0;
    }

    private Optional<String> read(String file, List<String> errors) {
        try {
            return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            errors.add(file + ": no such file");
        } catch (CharacterCodingException e) {
            errors.add(file + ": not UTF-8 text");
        } catch (IOException e) {
            errors.add(file + ": cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Known settings take their value from the next argument ("--data-dir DIR"); switches only "true"/"false". */
    static void split(List<String> args, List<String> settings, List<String> files) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                files.add(a);
                continue;
            }
            settings.add(a);
            Optional<Setting> s = Arrays.stream(Setting.values()).filter(x -> x.flag().equals(a)).findFirst();
            boolean hasNext = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
            boolean isSwitch = s.isPresent() && s.get().defaultValue().equals("false");
            if (s.isPresent() && hasNext && (!isSwitch || args.get(i + 1).matches("true|false"))) {
                settings.add(args.get(++i));
            }
        }
    }

    private void print(String s) {
        cli.out().println(s);
        cli.out().flush();
    }

    private static String toJson(Object o) throws JsonProcessingException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }
}
