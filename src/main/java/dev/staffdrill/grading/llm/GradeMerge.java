package dev.staffdrill.grading.llm;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;
import dev.staffdrill.grading.TechnicalError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Puts the LLM's validated grade beside the offline check and decides what must not be trusted
 * blindly: a suspected injection (either check), dropped quotes, a Strong the offline check finds
 * no signal for, and levels two or more apart. The app, not the LLM, applies the caps: an answer
 * the LLM calls off topic has no dimension above Weak, and a core technical error caps the
 * dimension it undermines at Weak, with the error shown to the learner.
 */
final class GradeMerge {
    private GradeMerge() {
    }

    static Grade merge(Rubric rubric, Question q, ReplyValidator.Validated v, Grade offline, String model, Instant at) {
        List<String> flags = new ArrayList<>();
        if (v.injectionSuspected() || offline.hasFlag(GradeFlag.INJECTION_SUSPECTED)) {
            flags.add(GradeFlag.INJECTION_SUSPECTED.name());
            flags.add(GradeFlag.NEEDS_REVIEW.name());
        }
        if (v.quotesDropped() > 0) {
            flags.add(GradeFlag.QUOTE_DROPPED.name());
        }
        if (!v.onTopic()) {
            flags.add(GradeFlag.OFF_TOPIC.name());
        } else if (offline.hasFlag(GradeFlag.OFF_TOPIC)) {
            flags.add(GradeFlag.NEEDS_REVIEW.name()); // the two checks disagree on what the answer is about
        }
        Set<String> coreErrors = new HashSet<>();
        for (TechnicalError e : v.errors()) {
            if (e.core()) {
                coreErrors.add(e.dimension());
                flags.add(GradeFlag.TECHNICAL_ERROR.name());
            }
        }
        List<DimensionGrade> dims = new ArrayList<>();
        for (DimensionGrade d : v.dimensions()) {
            String why = !v.onTopic() ? "This reads as an answer to another question, so it is capped at Weak."
                    : coreErrors.contains(d.dimension()) ? "A core technical error caps this at Weak (see below)." : "";
            if (!why.isEmpty() && d.level().compareTo(Level.WEAK) > 0) {
                d = new DimensionGrade(d.dimension(), Level.WEAK, d.evidence(), d.signalsFound(), d.signalsMissing(),
                        why + " " + d.feedback());
            }
            dims.add(d);
        }
        for (DimensionGrade d : dims) {
            DimensionGrade off = offline.dimension(d.dimension()).orElse(null);
            if (off == null) {
                continue;
            }
            if (d.level() == Level.STRONG && off.signalsFound().isEmpty()) {
                flags.add(GradeFlag.NEEDS_REVIEW.name());
            }
            if (Math.abs(d.level().ordinal() - off.level().ordinal()) >= 2) {
                flags.add(GradeFlag.DISAGREEMENT.name());
            }
        }
        return new Grade(Grade.LLM, rubric.version(), q.id(), q.version(), dims, v.feedback(), flags, model,
                "", offline.dimensions(), at, offline.guidancePoints(), v.errors());
    }
}
