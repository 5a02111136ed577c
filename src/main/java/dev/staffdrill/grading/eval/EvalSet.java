package dev.staffdrill.grading.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of labelled answers:
 * <pre>
 * DIR/
 *   14-fu-slow-replica-not-dead/        one folder per question id of the bank
 *     l4.md  l5.md  stuffed.md …        one file per answer (.md or .txt)
 *     labels.json                       {"l4.md": {"kind": "l4", "levels": {"B": "WEAK", "A": "WEAK"}}, …}
 * </pre>
 * Every answer file needs a label with a level for each of the question's dimensions, and every
 * label its file; anything else is an {@link EvalException} naming the file and what is wrong.
 */
public final class EvalSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalSet() {
    }

    public static List<EvalCase> load(Path dir, ContentBank bank) {
        if (!Files.isDirectory(dir)) {
            throw new EvalException(dir + " is not a folder; expected one folder per question id, each with "
                    + "answer files and a labels.json");
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new EvalException("cannot list " + dir + ": " + e.getMessage());
        }
        if (folders.isEmpty()) {
            throw new EvalException(dir + " holds no question folders; expected DIR/<question-id>/<answer>.md and "
                    + "DIR/<question-id>/labels.json");
        }
        List<EvalCase> out = new ArrayList<>();
        for (Path folder : folders) {
            out.addAll(question(folder, bank));
        }
        return out;
    }

    private static List<EvalCase> question(Path folder, ContentBank bank) {
        String id = folder.getFileName().toString();
        Question q = bank.question(id).orElseThrow(() -> new EvalException(folder + ": no question '" + id
                + "' in the content bank; name each folder after a question id"));
        Path labelsFile = folder.resolve("labels.json");
        if (!Files.isRegularFile(labelsFile)) {
            throw new EvalException(folder + ": labels.json is missing");
        }
        JsonNode labels;
        try {
            labels = JSON.readTree(Files.readString(labelsFile, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new EvalException(labelsFile + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new EvalException("cannot read " + labelsFile + ": " + e.getMessage());
        }
        if (labels == null || !labels.isObject() || labels.isEmpty()) {
            throw new EvalException(labelsFile + ": expected an object mapping each answer file to "
                    + "{\"kind\": …, \"levels\": {\"A\": \"WEAK\", …}}");
        }
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") || n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new EvalException("cannot list " + folder + ": " + e.getMessage());
        }
        for (String f : files) {
            if (!labels.has(f)) {
                throw new EvalException(labelsFile + ": no label for " + f);
            }
        }
        List<EvalCase> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getKey();
            if (!files.contains(file)) {
                throw new EvalException(labelsFile + ": labels " + file + ", which is not an .md or .txt file in "
                        + folder);
            }
            JsonNode levels = e.getValue().path("levels");
            Map<String, Level> byDim = new LinkedHashMap<>();
            for (String d : q.dimensions()) {
                String raw = levels.path(d).asText("");
                try {
                    byDim.put(d, Level.parse(raw));
                } catch (IllegalArgumentException ex) {
                    throw new EvalException(labelsFile + ": " + file + " needs a level for dimension " + d
                            + " (NOT_ADDRESSED, WEAK, MODERATE or STRONG), found '" + raw + "'");
                }
            }
            String text;
            try {
                text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new EvalException("cannot read " + folder.resolve(file) + ": " + ex.getMessage());
            }
            if (text.isBlank()) {
                throw new EvalException(folder.resolve(file) + ": the answer is empty");
            }
            out.add(new EvalCase(id, file, e.getValue().path("kind").asText("").strip().toLowerCase(java.util.Locale.ROOT),
                    text, byDim));
        }
        return out;
    }
}
