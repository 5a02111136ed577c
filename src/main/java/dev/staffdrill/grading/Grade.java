package dev.staffdrill.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One grade of one answer. {@code grader} is OFFLINE, LLM or OFFLINE_FALLBACK (the LLM was
 * configured but could not give a usable grade). With an LLM grade, {@code offlineCheck} holds the
 * offline signal check that ran beside it; otherwise it is empty. {@code model} is the LLM model
 * ("" offline); {@code note} says in one line why a fallback happened ("" otherwise).
 * The app, never the LLM, derives anything computed from the levels. {@code guidancePoints}: which of
 * the question's guidance points the answer covers (shown beside the levels, never folded into
 * them); {@code technicalErrors}: errors the LLM found, each quote verified against the answer.
 * Grades stored before these existed read back with both empty.
 */
public record Grade(String grader, String rubricVersion, String questionId, String questionVersion,
                    List<DimensionGrade> dimensions, String feedback, List<String> flags, String model,
                    String note, List<DimensionGrade> offlineCheck, Instant gradedAt,
                    List<GuidancePoint> guidancePoints, List<TechnicalError> technicalErrors) {
    public static final String OFFLINE = "OFFLINE";
    public static final String LLM = "LLM";
    public static final String OFFLINE_FALLBACK = "OFFLINE_FALLBACK";

    public Grade {
        dimensions = List.copyOf(dimensions);
        flags = List.copyOf(new LinkedHashSet<>(flags));
        offlineCheck = offlineCheck == null ? List.of() : List.copyOf(offlineCheck);
        model = model == null ? "" : model;
        note = note == null ? "" : note;
        guidancePoints = guidancePoints == null ? List.of() : List.copyOf(guidancePoints);
        technicalErrors = technicalErrors == null ? List.of() : List.copyOf(technicalErrors);
    }

    public Grade(String grader, String rubricVersion, String questionId, String questionVersion,
                 List<DimensionGrade> dimensions, String feedback, List<String> flags, String model,
                 String note, List<DimensionGrade> offlineCheck, Instant gradedAt) {
        this(grader, rubricVersion, questionId, questionVersion, dimensions, feedback, flags, model, note,
                offlineCheck, gradedAt, List.of(), List.of());
    }

    /** How many guidance points the answer covers. */
    public long pointsCovered() {
        return guidancePoints.stream().filter(GuidancePoint::covered).count();
    }

    public Optional<DimensionGrade> dimension(String id) {
        return dimensions.stream().filter(d -> d.dimension().equals(id)).findFirst();
    }

    public boolean hasFlag(GradeFlag flag) {
        return flags.contains(flag.name());
    }

    /** The same grade relabelled as the offline fallback for an LLM that could not grade. */
    public Grade asFallback(GradeFlag reason, String why) {
        List<String> f = new ArrayList<>(flags);
        f.add(reason.name());
        return new Grade(OFFLINE_FALLBACK, rubricVersion, questionId, questionVersion, dimensions, feedback, f,
                model, why, List.of(), gradedAt, guidancePoints, technicalErrors);
    }

    public Grade withModel(String m) {
        return new Grade(grader, rubricVersion, questionId, questionVersion, dimensions, feedback, flags, m, note,
                offlineCheck, gradedAt, guidancePoints, technicalErrors);
    }

    public Grade gradedAt(Instant at) {
        return new Grade(grader, rubricVersion, questionId, questionVersion, dimensions, feedback, flags, model, note,
                offlineCheck, at, guidancePoints, technicalErrors);
    }
}
