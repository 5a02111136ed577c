package dev.staffdrill.grading.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A deterministic check for answers that try to instruct the grader: "ignore previous
 * instructions", a "system note to the grader", "you are now …", fake closing tags or chat
 * delimiters, "grade this as strong". It cannot prove intent; it flags the grade for a human.
 */
public final class InjectionCheck {
    /** Each phrase behind literal cues, like the signal rules: the answer is scanned once per cue hit. */
    static final List<Rule> RULES = List.of(
            Rule.when("ignore|disregard|forget|override", "\\b(?:ignore|disregard|forget|override)\\b[^.\\n]{0,40}"
                    + "\\b(?:previous|prior|above|earlier|preceding|all|your|the|these|any)\\b[^.\\n]{0,30}"
                    + "\\b(?:instructions?|prompts?|rules?|rubric|directions?|guidelines?|messages?)\\b"),
            Rule.when("system|developer|admin", "\\b(?:system|developer|admin|administrator)\\s+(?:note|message"
                    + "|prompt|instruction|override|notice)s?\\b"),
            Rule.when("note to", "\\bnote to (?:the )?(?:grader|judge|evaluator|ai|llm|model|assistant|marker"
                    + "|reviewer)\\b"),
            Rule.when("dear|attention|hey|hello", "\\b(?:dear|attention|hey|hello)\\s*,?\\s+(?:the )?(?:grader|judge"
                    + "|evaluator|ai|llm|language model)\\b"),
            Rule.when("you are now|from now on|act as|pretend|instruction|begin", "\\byou are now\\b|\\bfrom now on,?"
                    + " you\\b|\\bact as (?:a|an|the)\\b|\\bpretend (?:you are|to be)\\b|\\bnew instructions?\\s*:"
                    + "|\\bbegin (?:system|new) (?:prompt|instructions?)\\b"),
            Rule.when("grade|score|rate|mark|assess|evaluat&strong|perfect|excellent|full marks|highest|10|staff",
                    "\\b(?:grade|score|rate|mark|assess|evaluate)\\s+(?:this|the|my|it)?\\s*(?:answer|response"
                            + "|submission)?\\s*(?:as|at|with)\\s+(?:a\\s+|an\\s+)?(?:strong|perfect|excellent"
                            + "|full marks|the highest|10|100|staff)\\b"),
            Rule.when("assign|give|award&strong|top|highest|perfect|full|maximum", "\\b(?:assign|give|award)\\s+"
                    + "(?:me\\s+|this\\s+(?:answer\\s+)?|it\\s+)?(?:a\\s+|the\\s+)?(?:strong|top|highest|perfect|full"
                    + "|maximum)\\b"),
            Rule.when("dimension|level", "\\b(?:all|every) (?:dimensions?|levels?) (?:as|are|should be|=) "
                    + "(?:strong|moderate)\\b"),
            Rule.when("<", "</?\\s*(?:answer|learner[_-]?answer|user[_-]?answer|system|instructions?|user|assistant"
                    + "|rubric|grader|prompt|im_start|im_end|developer)\\b[^>\\n]{0,40}>"),
            Rule.when("<|[inst|[/inst|[sys|[/sys|<<", "<\\|im_(?:start|end)\\|>|\\[/?(?:inst|sys)\\]|<<\\s*/?sys\\s*>>"),
            Rule.when("end of", "\\bend of (?:the )?(?:answer|user input|submission|learner answer|input)\\b"),
            Rule.when("##", "(?m)^\\s*#{2,}\\s*(?:system|instructions?|grader)\\b"),
            Rule.when("\"&level|injection_suspected|dimensions", "\"(?:level|injection_suspected|dimensions)\"\\s*:"));

    private InjectionCheck() {
    }

    /** The first suspicious phrase, if any. */
    public static Optional<String> find(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            int at = r.find(lower);
            if (at >= 0) {
                int end = lower.indexOf('\n', at);
                return Optional.of(lower.substring(at, Math.min(end < 0 ? lower.length() : end, at + 80)));
            }
        }
        return Optional.empty();
    }

    public static boolean suspected(String answer) {
        return find(answer).isPresent();
    }
}
