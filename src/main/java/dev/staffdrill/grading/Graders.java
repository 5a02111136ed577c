package dev.staffdrill.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.staffdrill.config.Config;
import dev.staffdrill.grading.llm.LlmGrader;
import dev.staffdrill.grading.llm.LlmStore;
import dev.staffdrill.grading.llm.LlmTuning;
import dev.staffdrill.grading.offline.OfflineGrader;
import dev.staffdrill.grading.offline.Relevance;

import java.time.Clock;

/** The grader the configuration asks for: the offline check, or the LLM grader with it beside. */
public final class Graders {
    private Graders() {
    }

    /** @param relevance the bank the offline check compares answers with, to tell an off-topic answer */
    public static Grader fromConfig(Config.LlmConfig llm, LlmStore store, ObjectMapper json, Relevance relevance) {
        OfflineGrader offline = new OfflineGrader(relevance);
        if (!llm.enabled()) {
            return offline;
        }
        return new LlmGrader(llm, LlmTuning.defaults(), offline, store, json, Clock.systemUTC());
    }
}
