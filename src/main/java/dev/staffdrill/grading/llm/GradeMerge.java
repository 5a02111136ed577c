package dev.staffdrill.grading.llm;

import dev.staffdrill.content.Level;
import dev.staffdrill.content.Question;
import dev.staffdrill.content.Rubric;
import dev.staffdrill.grading.DimensionGrade;
import dev.staffdrill.grading.Grade;
import dev.staffdrill.grading.GradeFlag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the LLM's validated grade beside the offline check and decides what must not be trusted
 * blindly: a suspected injection (either check), dropped quotes, a Strong the offline check finds
 * no signal for, and levels two or more apart.
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
        for (DimensionGrade d : v.dimensions()) {
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
        return new Grade(Grade.LLM, rubric.version(), q.id(), q.version(), v.dimensions(), v.feedback(), flags, model,
                "", offline.dimensions(), at);
    }
}
