package dev.staffdrill.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/} and validates all of it. Any problem anywhere fails the whole load
 * with every problem listed as {@code file:line: what}; a partial bank is never returned.
 */
public final class ContentLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern GAP_ID = Pattern.compile("(\\d+)-([FSCDEO])(\\d+)");
    private static final Set<String> CHAPTER_KEYS = Set.of("id", "number", "title", "gaps");
    private static final Set<String> QUESTION_KEYS = new LinkedHashSet<>(
            List.of("id", "chapter", "related", "kind", "title", "minutes", "dimensions", "gaps", "worked", "probes", "open"));
    private static final Set<String> SET_KEYS = new LinkedHashSet<>(List.of("id", "title", "questions", "step5"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private final Map<Path, Read> read = new HashMap<>(); // filled by readAll before the checks

    private ContentLoader(Path root) {
        this.root = root;
    }

    /** Loads and validates the whole folder, or throws {@link ContentException} listing every problem. */
    public static ContentBank load(Path root) {
        return new ContentLoader(root).loadAll();
    }

    /**
     * Loads and validates {@code rubric.yaml} alone, for tools that need no questions (the
     * {@code grade --prompt-file} command), or throws {@link ContentException}.
     */
    public static Rubric rubricOnly(Path root) {
        ContentLoader loader = new ContentLoader(root);
        Rubric rubric = loader.loadRubric(root.resolve("rubric.yaml"));
        if (rubric == null || !loader.problems.isEmpty()) {
            throw new ContentException(loader.problems);
        }
        return rubric;
    }

    private ContentBank loadAll() {
        if (!Files.isDirectory(root)) {
            throw new ContentException(List.of(root + ":0: content directory not found: point --content-dir "
                    + "or STAFFDRILL_CONTENT_DIR at the folder holding rubric.yaml"));
        }
        // Listing problems are reported where they were before files were read ahead: in folder order.
        List<String> chapterListing = new ArrayList<>();
        List<String> questionListing = new ArrayList<>();
        List<String> setListing = new ArrayList<>();
        List<Path> chapterFiles = markdown(root.resolve("chapters"), chapterListing);
        List<Path> questionFiles = markdown(root.resolve("questions"), questionListing);
        List<Path> setFiles = markdown(root.resolve("sets"), setListing);
        readAll(java.util.stream.Stream.of(chapterFiles, questionFiles, setFiles).flatMap(List::stream).toList());
        Rubric rubric = loadRubric(root.resolve("rubric.yaml"));
        problems.addAll(chapterListing);
        List<Chapter> chapters = new ArrayList<>();
        for (Path p : chapterFiles) {
            read(p).flatMap(this::chapter).ifPresent(chapters::add);
        }
        Map<String, Chapter.Gap> gaps = new HashMap<>();
        Set<Integer> chapterNumbers = new HashSet<>();
        for (Chapter c : chapters) {
            if (!chapterNumbers.add(c.number())) {
                problems.add(root.relativize(root.resolve("chapters")) + "/ch" + c.number()
                        + ".md:1: chapter " + c.number() + " is defined twice");
            }
            c.gaps().forEach(g -> gaps.put(g.id(), g));
        }
        List<Question> questions = new ArrayList<>();
        Map<String, String> questionSources = new HashMap<>();
        problems.addAll(questionListing);
        for (Path p : questionFiles) {
            read(p).flatMap(f -> question(f, rubric, chapterNumbers, gaps)).ifPresent(q -> {
                String prev = questionSources.putIfAbsent(q.id(), q.source());
                if (prev != null) {
                    problems.add(q.source() + ":2: duplicate question id '" + q.id() + "' (also in " + prev + ")");
                } else {
                    questions.add(q);
                }
            });
        }
        List<ExerciseSet> sets = new ArrayList<>();
        Set<String> setIds = new HashSet<>();
        problems.addAll(setListing);
        for (Path p : setFiles) {
            read(p).flatMap(f -> set(f, questionSources.keySet())).ifPresent(s -> {
                if (!setIds.add(s.id())) {
                    problems.add(name(p) + ":2: duplicate set id '" + s.id() + "'");
                } else {
                    sets.add(s);
                }
            });
        }
        if (chapters.isEmpty() && problems.isEmpty()) {
            problems.add(name(root.resolve("chapters")) + ":0: no chapter files found");
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new ContentBank(rubric, chapters, questions, sets);
    }

    private List<Path> markdown(Path dir, List<String> listingProblems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            listingProblems.add(name(dir) + ":0: cannot list: " + e.getMessage());
            return List.of();
        }
    }

    private String name(Path p) {
        Path base = root.toAbsolutePath().normalize().getParent();
        Path abs = p.toAbsolutePath().normalize();
        return base == null ? abs.toString() : base.relativize(abs).toString();
    }

    private Optional<FrontMatterFile> read(Path p) {
        Read r = read.get(p);
        if (r.cannotRead() != null) {
            problems.add(r.name() + ":0: cannot read: " + r.cannotRead());
            return Optional.empty();
        }
        return r.split().into(problems).map(f -> {
            f.version = r.version();
            return f;
        });
    }

    /**
     * One file read and split, or why it could not be read. Reading and parsing YAML is most of a
     * load's time and needs nothing from other files, so {@link #loadAll} does it for every file at
     * once on several threads; checking (which needs the chapters before the questions, the questions
     * before the sets) then runs in file order on one thread, so problems are listed as before.
     */
    private record Read(String name, FrontMatterFile.Split split, String version, String cannotRead) {
        static Read of(Path p, String name) {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                return new Read(name, FrontMatterFile.split(name, text), hash(text), null);
            } catch (IOException e) {
                return new Read(name, null, null, e.getMessage());
            }
        }
    }

    private void readAll(List<Path> files) {
        files.parallelStream().map(p -> Map.entry(p, Read.of(p, name(p)))).toList()
                .forEach(e -> read.put(e.getKey(), e.getValue()));
    }

    private Optional<Chapter> chapter(FrontMatterFile f) {
        f.rejectUnknownKeys(CHAPTER_KEYS);
        Optional<String> id = f.text("id");
        Optional<Integer> number = f.integer("number");
        Optional<String> title = f.text("title");
        String summary = f.body();
        if (summary.isEmpty()) {
            f.problemAt(f.bodyStart, "chapter summary is missing: write two or three sentences below the front matter");
        }
        List<Chapter.Gap> gaps = new ArrayList<>();
        JsonNode gapNode = f.meta.get("gaps");
        if (gapNode != null && !gapNode.isArray()) {
            f.problem("gaps", "'gaps' must be a list of {id, title, category}");
        } else if (gapNode != null) {
            Set<String> seen = new HashSet<>();
            for (JsonNode g : gapNode) {
                String gid = g.path("id").asText("").strip();
                String gtitle = g.path("title").asText("").strip();
                String cat = g.path("category").asText("").strip();
                var m = GAP_ID.matcher(gid);
                if (!m.matches()) {
                    f.problem(gid.isEmpty() ? "gaps" : gid, "gap id '" + gid + "' must look like 14-F1");
                    continue;
                }
                if (number.isPresent() && Integer.parseInt(m.group(1)) != number.get()) {
                    f.problem(gid, "gap id '" + gid + "' does not belong to chapter " + number.get());
                }
                if (!seen.add(gid)) {
                    f.problem(gid, "duplicate gap id '" + gid + "'");
                }
                Optional<GapCategory> category = GapCategory.of(cat);
                if (category.isEmpty()) {
                    f.problem(gid, "gap " + gid + " has unknown category '" + cat + "' (expected F, S, C, D, E or O)");
                } else if (!cat.equals(m.group(2))) {
                    f.problem(gid, "gap " + gid + " has category " + cat + " but its id says " + m.group(2));
                }
                if (gtitle.isEmpty()) {
                    f.problem(gid, "gap " + gid + " needs a title");
                }
                category.ifPresent(c -> gaps.add(new Chapter.Gap(gid, gtitle, c)));
            }
        }
        if (id.isEmpty() || number.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chapter(id.get(), number.get(), title.get(), summary, List.copyOf(gaps)));
    }

    private Optional<Question> question(FrontMatterFile f, Rubric rubric, Set<Integer> chapters,
                                        Map<String, Chapter.Gap> gaps) {
        f.rejectUnknownKeys(QUESTION_KEYS);
        Optional<String> id = f.text("id").filter(v -> {
            if (!ID.matcher(v).matches()) {
                f.problem("id", "id '" + v + "' may use only lowercase letters, digits and dashes");
                return false;
            }
            return true;
        });
        Optional<Integer> chapter = f.integer("chapter").filter(c -> {
            if (!chapters.contains(c)) {
                f.problem("chapter", "unknown chapter " + c + " (no chapters/ch" + c + ".md)");
                return false;
            }
            return true;
        });
        List<Integer> related = new ArrayList<>();
        for (String r : f.list("related")) {
            try {
                int n = Integer.parseInt(r);
                if (!chapters.contains(n)) {
                    f.problem("related", "related chapter " + n + " does not exist");
                }
                related.add(n);
            } catch (NumberFormatException e) {
                f.problem("related", "related chapter '" + r + "' must be a chapter number");
            }
        }
        Optional<QuestionKind> kind = f.text("kind").flatMap(k -> {
            Optional<QuestionKind> qk = QuestionKind.of(k);
            if (qk.isEmpty()) {
                f.problem("kind", "unknown kind '" + k
                        + "' (expected follow-up, what-if, redesign, failure-injection, trade-off or exercise)");
            }
            return qk;
        });
        Optional<String> title = f.text("title");
        Optional<Integer> minutes = f.integer("minutes");
        if (minutes.isPresent() && kind.isPresent()) {
            int m = minutes.get();
            boolean ok = kind.get().followUp() ? m >= 4 && m <= 8 : m >= 12 && m <= 30;
            if (!ok) {
                f.problem("minutes", kind.get().followUp() ? "a follow-up takes 4 to 8 minutes, got " + m
                        : "a deeper exercise takes 12 to 30 minutes, got " + m);
            }
        }
        List<String> dims = f.list("dimensions");
        if (dims.isEmpty()) {
            f.problem("dimensions", "'dimensions' is required: the target scorecard dimensions, e.g. [B, C]");
        }
        for (String d : dims) {
            if (rubric != null && rubric.dimension(d).isEmpty()) {
                f.problem("dimensions", "unknown dimension '" + d + "' (expected one of "
                        + String.join(", ", rubric.dimensionIds()) + ")");
            }
        }
        if (new HashSet<>(dims).size() != dims.size()) {
            f.problem("dimensions", "a dimension is listed twice");
        }
        List<String> gapIds = f.list("gaps");
        for (String g : gapIds) {
            if (!gaps.containsKey(g)) {
                f.problem("gaps", "unknown gap id '" + g + "' (not listed in any chapter file)");
            }
        }
        List<String> worked = worked(f);
        Set<String> signalIds = new HashSet<>();
        if (rubric != null) {
            rubric.signals().forEach(s -> signalIds.add(s.id()));
        }
        List<Probe> probes = ProbeParser.parse(f, signalIds, gapIds);
        OpenRound open = OpenRoundParser.parse(f);
        String prompt = "";
        String guidance = null;
        String model = null;
        String weak = "";
        String moderate = "";
        int guidanceLine = f.bodyStart;
        for (FrontMatterFile.Section s : f.sections()) {
            switch (s.heading()) {
                case "" -> prompt = s.text();
                case "guidance" -> {
                    guidance = s.text();
                    guidanceLine = s.line();
                }
                case "model answer sketch", "model answer" -> model = s.text();
                case "weak example" -> weak = example(f, s, "Weak");
                case "moderate example" -> moderate = example(f, s, "Moderate");
                default -> prompt = prompt + "\n\n## " + s.heading() + "\n" + s.text();
            }
        }
        if (prompt.isBlank()) {
            f.problemAt(f.bodyStart, "the prompt is missing: write it below the front matter");
        }
        if (guidance == null || guidance.isBlank()) {
            f.problemAt(guidanceLine, guidance == null ? "missing '## Guidance' section"
                    : "the '## Guidance' section is empty");
        }
        if (model == null || model.isBlank()) {
            f.problemAt(f.bodyStart + f.bodyLines.size(), "missing or empty '## Model answer sketch' section");
        }
        if (id.isEmpty() || chapter.isEmpty() || kind.isEmpty() || title.isEmpty() || minutes.isEmpty()
                || guidance == null || model == null) {
            return Optional.empty();
        }
        return Optional.of(new Question(id.get(), chapter.get(), List.copyOf(related), kind.get(), title.get(),
                minutes.get(), List.copyOf(dims), List.copyOf(gapIds), prompt.strip(), guidance, model,
                f.version, f.name, worked, weak, moderate, probes, open));
    }

    /** The {@code worked:} lines, each evaluated; a wrong one is reported on its own line. */
    private static List<String> worked(FrontMatterFile f) {
        JsonNode n = f.meta.get("worked");
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            f.problem("worked", "'worked' must be a list of quoted lines like \"175K req/s × 2 KB ≈ 350 MB/s\"");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int k = 0;
        for (JsonNode line : n) {
            k++;
            if (!line.isTextual() || line.asText().isBlank()) {
                f.problemAt(f.lineOfItem("worked", k), "worked line " + k
                        + " must be one quoted string (a ': ' or '#' outside quotes changes its meaning in YAML)");
                continue;
            }
            String text = line.asText().strip();
            int at = k;
            WorkedLine.check(text).ifPresent(what -> f.problemAt(f.lineOfItem("worked", at),
                    "worked line " + at + ": " + what));
            out.add(text);
        }
        return List.copyOf(out);
    }

    /**
     * A calibration example: an answer, then a last paragraph starting {@code Why Weak:} (or
     * {@code Why Moderate:}) that says why it lands there. Presence is checked by the bank's tests,
     * not here: imported and older items have none.
     */
    private static String example(FrontMatterFile f, FrontMatterFile.Section s, String level) {
        String text = s.text();
        String why = "Why " + level + ":";
        String[] paragraphs = text.split("\\n\\s*\\n");
        String last = paragraphs[paragraphs.length - 1].strip();
        if (text.isBlank()) {
            f.problemAt(s.line(), "the '## " + level + " example' section is empty");
        } else if (!last.startsWith(why) || last.substring(why.length()).isBlank()) {
            f.problemAt(s.line(), "the '## " + level + " example' section must end with a paragraph starting '"
                    + why + "' that says why the answer lands there");
        } else if (paragraphs.length < 2) {
            f.problemAt(s.line(), "the '## " + level + " example' section needs the example answer before its '"
                    + why + "' line");
        }
        return text;
    }

    private Optional<ExerciseSet> set(FrontMatterFile f, Set<String> questionIds) {
        f.rejectUnknownKeys(SET_KEYS);
        Optional<String> id = f.text("id");
        Optional<String> title = f.text("title");
        List<String> qs = f.list("questions");
        if (qs.isEmpty()) {
            f.problem("questions", "'questions' must list at least one question id");
        }
        Set<String> seen = new HashSet<>();
        for (String q : qs) {
            if (!questionIds.contains(q)) {
                f.problem("questions", "set names question '" + q + "', which does not exist");
            }
            if (!seen.add(q)) {
                f.problem("questions", "question '" + q + "' is listed twice");
            }
        }
        Map<Integer, String> step5 = step5(f, qs);
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseSet(id.get(), title.get(), f.body(), List.copyOf(qs), step5));
    }

    /**
     * {@code step5:} maps the master review's STEP 5 exercise numbers to the set's questions that
     * answer them. Each must be in the set, and in the set's order they follow STEP 5's order.
     */
    private static Map<Integer, String> step5(FrontMatterFile f, List<String> qs) {
        JsonNode n = f.meta.get("step5");
        Map<Integer, String> out = new java.util.LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            f.problem("step5", "'step5' must map STEP 5 exercise numbers to question ids, e.g. '  2: 14-ex-feed'");
            return out;
        }
        int lastPosition = -1;
        int lastNumber = 0;
        for (var it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            int number;
            try {
                number = Integer.parseInt(e.getKey().strip());
            } catch (NumberFormatException ex) {
                f.problem("step5", "step5 key '" + e.getKey() + "' must be a STEP 5 exercise number");
                continue;
            }
            String qid = e.getValue().asText("").strip();
            int position = qs.indexOf(qid);
            if (number < 1 || number <= lastNumber) {
                f.problem("step5", "step5 numbers must be positive and rising; " + number + " follows " + lastNumber);
            } else if (position < 0) {
                f.problem("step5", "step5 exercise " + number + " names '" + qid + "', which is not in the set's questions");
            } else if (position < lastPosition) {
                f.problem("step5", "step5 exercise " + number + " ('" + qid
                        + "') comes before the previous STEP 5 exercise in 'questions': keep STEP 5's order");
            }
            lastNumber = Math.max(lastNumber, number);
            lastPosition = Math.max(lastPosition, position);
            out.put(number, qid);
        }
        return out;
    }

    private Rubric loadRubric(Path p) {
        String name = name(p);
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(name + ":0: cannot read the rubric: " + e.getMessage());
            return null;
        }
        List<String> lines = text.lines().toList();
        JsonNode n;
        try {
            n = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            problems.add(name + ":" + line + ": invalid YAML: " + FrontMatterFile.oneLine(e.getOriginalMessage()));
            return null;
        }
        int before = problems.size();
        if (n == null || !n.isObject()) {
            problems.add(name + ":1: the rubric must be a YAML mapping");
            return null;
        }
        String version = n.path("version").asText("").strip();
        if (version.isEmpty()) {
            problems.add(name + ":" + lineOf(lines, "version:") + ": 'version' is required");
        }
        int moderate = n.path("thresholds").path("moderate").asInt(-1);
        int strong = n.path("thresholds").path("strong").asInt(-1);
        if (moderate < 1 || strong <= moderate) {
            problems.add(name + ":" + lineOf(lines, "thresholds:")
                    + ": thresholds need moderate >= 1 and strong > moderate");
        }
        List<Rubric.Dimension> dims = new ArrayList<>();
        Set<String> signalIds = new HashSet<>();
        for (JsonNode d : n.path("dimensions")) {
            String id = d.path("id").asText("").strip();
            int line = lineOf(lines, "- id: " + id);
            if (!id.matches("[A-Z]")) {
                problems.add(name + ":" + line + ": dimension id '" + id + "' must be one capital letter");
                continue;
            }
            Map<Level, String> desc = new EnumMap<>(Level.class);
            for (Level l : Level.values()) {
                String t = d.path("descriptors").path(l.name()).asText("").strip();
                if (t.isEmpty()) {
                    problems.add(name + ":" + line + ": dimension " + id + " has no descriptor for " + l.name());
                }
                desc.put(l, t);
            }
            List<Rubric.Signal> signals = new ArrayList<>();
            for (JsonNode s : d.path("signals")) {
                String sid = s.path("id").asText("").strip();
                if (!ID.matcher(sid).matches() || !signalIds.add(sid)) {
                    problems.add(name + ":" + lineOf(lines, "- id: " + sid) + ": signal id '" + sid
                            + "' must be unique and use lowercase letters, digits and dashes");
                }
                signals.add(new Rubric.Signal(sid, id, s.path("name").asText(sid), s.path("description").asText("")));
            }
            if (signals.isEmpty()) {
                problems.add(name + ":" + line + ": dimension " + id + " lists no signals");
            }
            dims.add(new Rubric.Dimension(id, d.path("name").asText(id), d.path("question").asText(""), desc,
                    List.copyOf(signals)));
        }
        if (dims.isEmpty()) {
            problems.add(name + ":" + lineOf(lines, "dimensions:") + ": the rubric lists no dimensions");
        }
        return problems.size() > before ? null : new Rubric(version, moderate, strong, List.copyOf(dims));
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(needle)) {
                return i + 1;
            }
        }
        return 1;
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
