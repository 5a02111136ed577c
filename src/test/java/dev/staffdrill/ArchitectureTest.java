package dev.staffdrill;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of src/main, read from the code's own import lines (and fully qualified names): a
 * package may use its own floor's packages only if it is one of them, and any floor below, never one
 * above. Packages on one floor do not use each other. A new package must be given a floor here.
 * The picture is in the README's Architecture section.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java/dev/staffdrill");
    static final Path TEMPLATES = Path.of("src/main/jte");

    /** Bottom floor first. "(root)" is App and Routes, the composition root; Main stands above the CLI. */
    static final List<List<String>> FLOORS = List.of(
            List.of("config", "content"),
            List.of("db"),
            List.of("importer"),
            List.of("web"),
            List.of("account", "notice"),
            List.of("drill"),
            List.of("design"),
            List.of("grading"),
            List.of("authoring"),
            List.of("cohort"),
            List.of("review"),
            List.of("progress"),
            List.of("health", "home", "bank", "history"),
            List.of("(root)"),
            List.of("cli"),
            List.of("Main"));

    private static final Pattern USE = Pattern.compile("\\bdev\\.staffdrill\\.([a-z]\\w*|[A-Z]\\w*)");

    @Test
    void noPackageUsesOneOnItsFloorOrAbove() throws IOException {
        Map<String, Integer> floor = floorOfEachPackage();
        List<String> upward = new ArrayList<>();
        for (Path file : sources()) {
            String from = unitOf(file);
            assertThat(floor).as("%s is in package '%s', which has no floor in ArchitectureTest.FLOORS", file, from)
                    .containsKey(from);
            for (String to : usedUnits(file)) {
                if (to.equals(from)) {
                    continue;
                }
                assertThat(floor).as("%s uses '%s', which has no floor in ArchitectureTest.FLOORS", file, to)
                        .containsKey(to);
                if (floor.get(to) >= floor.get(from)) {
                    upward.add(file + " (" + from + ", floor " + floor.get(from) + ") uses " + to + " (floor "
                            + floor.get(to) + ")");
                }
            }
        }
        assertThat(upward).as("imports that run up or across the layers; allowed order, bottom first: %s", FLOORS)
                .isEmpty();
    }

    @Test
    void theWebToolkitKnowsNoFeature() throws IOException {
        List<String> uses = new ArrayList<>();
        for (Path file : sources()) {
            if (unitOf(file).equals("web")) {
                usedUnits(file).stream().filter(u -> !u.equals("web") && !u.equals("config") && !u.equals("content"))
                        .forEach(u -> uses.add(file + " uses " + u));
            }
        }
        assertThat(uses).isEmpty();
    }

    /**
     * Services and repositories return values and outcomes; only controllers (and web/) speak HTTP,
     * so a rule can be tested and reused without a request.
     */
    @Test
    void servicesAndRepositoriesDoNotSpeakHttp() throws IOException {
        List<String> offenders = new ArrayList<>();
        int read = 0;
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            if (name.endsWith("Service.java") || name.endsWith("Repository.java")) {
                read++;
                if (Files.readString(file).contains("io.javalin")) {
                    offenders.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(read).as("services and repositories found").isGreaterThan(10);
        assertThat(offenders).as("services and repositories that use io.javalin; return an outcome and let the "
                + "controller map it to HTTP").isEmpty();
    }

    /**
     * A page prints raw HTML only from sanitized Markdown (values named {@code ...Html}); a part of a
     * page that another feature renders (the grade panel, review notes, the scoping verdict) crosses
     * as a typed template fragment ({@code gg.jte.Content}), never as an HTML string.
     */
    @Test
    void templatesPrintRawHtmlOnlyFromSanitizedMarkdown() throws IOException {
        Pattern unsafe = Pattern.compile("\\$unsafe\\{([^}]*)}");
        List<String> offenders = new ArrayList<>();
        int seen = 0;
        for (Path file : sources()) {
            if (file.toString().endsWith(".jte")) {
                var m = unsafe.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    if (!m.group(1).matches("[\\w.]*Html\\(\\)")) {
                        offenders.add(TEMPLATES.relativize(file) + ": $unsafe{" + m.group(1) + "}");
                    }
                }
            }
        }
        assertThat(seen).as("$unsafe uses found (the Markdown ones)").isGreaterThan(3);
        assertThat(offenders).as("raw HTML that is not sanitized Markdown; pass a gg.jte.Content fragment").isEmpty();
    }

    /**
     * A feature's repositories are its own: another feature reads through its front (drill's
     * {@code DrillReads}, cohort's {@code CohortReads}, authoring's {@code AuthoredSets}) or a
     * service, so tables can change behind it. The composition root and the command line build
     * repositories and are exempt.
     */
    @Test
    void featuresDoNotReadEachOthersRepositories() throws IOException {
        Pattern repository = Pattern.compile("\\bdev\\.staffdrill\\.([a-z]\\w*)\\.(\\w*Repository)\\b");
        List<String> uses = new ArrayList<>();
        int named = 0;
        for (Path file : sources()) {
            String from = unitOf(file);
            var m = repository.matcher(Files.readString(file));
            while (m.find()) {
                named++;
                if (!m.group(1).equals(from) && !List.of("(root)", "cli", "Main").contains(from)) {
                    uses.add(MAIN.relativize(file) + " uses " + m.group(1) + "." + m.group(2));
                }
            }
        }
        assertThat(named).as("repositories named by import (the composition root names several)").isGreaterThan(5);
        assertThat(uses).as("features reading another feature's repository; go through its front or service").isEmpty();
    }

    @Test
    void theCheckSeesAnUpwardImport() {
        // Guards the reader above: a test that reads nothing would pass for ever.
        assertThat(usedUnits("package dev.staffdrill.web;\nimport dev.staffdrill.drill.DrillController;\n"
                + "class X { dev.staffdrill.cohort.Cohort c; }\n// dev.staffdrill.progress in a comment\n"))
                .containsExactlyInAnyOrder("web", "drill", "cohort");
    }

    static Map<String, Integer> floorOfEachPackage() {
        Map<String, Integer> floor = new java.util.HashMap<>();
        for (int i = 0; i < FLOORS.size(); i++) {
            for (String p : FLOORS.get(i)) {
                floor.put(p, i);
            }
        }
        return floor;
    }

    static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> java = Files.walk(MAIN); Stream<Path> jte = Files.walk(TEMPLATES)) {
            java.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
            jte.filter(p -> p.toString().endsWith(".jte")).forEach(all::add);
        }
        assertThat(all).as("sources found under " + MAIN).hasSizeGreaterThan(100);
        return all;
    }

    /** The first package segment under dev.staffdrill; a template belongs to the package of its folder. */
    static String unitOf(Path file) {
        Path base = file.startsWith(TEMPLATES) ? TEMPLATES : MAIN;
        Path rel = base.relativize(file);
        if (rel.getNameCount() == 1) {
            if (base == TEMPLATES) {
                return rel.toString().equals("home.jte") ? "home" : "web"; // layout and error page
            }
            return rel.toString().equals("Main.java") ? "Main" : "(root)";
        }
        String first = rel.getName(0).toString();
        return base == TEMPLATES && first.equals("tag") ? "web" : first;
    }

    static TreeSet<String> usedUnits(Path file) throws IOException {
        TreeSet<String> units = usedUnits(Files.readString(file));
        units.remove(unitOf(file)); // a package's own name, e.g. in its package line
        if (unitOf(file).equals("(root)") || unitOf(file).equals("Main")) {
            units.remove("(root)"); // Main may use App; App does not use Main (checked by the floors)
        }
        return units;
    }

    static TreeSet<String> usedUnits(String source) {
        TreeSet<String> units = new TreeSet<>();
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
                continue;
            }
            Matcher m = USE.matcher(code);
            while (m.find()) {
                String name = m.group(1);
                units.add(name.equals("Main") ? "Main" : Character.isUpperCase(name.charAt(0)) ? "(root)" : name);
            }
        }
        return units;
    }
}
