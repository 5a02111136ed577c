package dev.staffdrill.grading.offline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic check for answers that try to instruct the grader: "ignore previous
 * instructions", a "system note to the grader", "you are now …", fake closing tags or chat
 * delimiters, "grade this as strong". It cannot prove intent; it flags the grade for a human.
 */
public final class InjectionCheck {
    private static final List<Pattern> PATTERNS = List.of(
            p("\\b(?:ignore|disregard|forget|override)\\b[^.\\n]{0,40}\\b(?:previous|prior|above|earlier|preceding|all"
                    + "|your|the|these|any)\\b[^.\\n]{0,30}\\b(?:instructions?|prompts?|rules?|rubric|directions?"
                    + "|guidelines?|messages?)\\b"),
            p("\\b(?:system|developer|admin|administrator)\\s+(?:note|message|prompt|instruction|override|notice)s?\\b"),
            p("\\bnote to (?:the )?(?:grader|judge|evaluator|ai|llm|model|assistant|marker|reviewer)\\b"),
            p("\\b(?:dear|attention|hey|hello)\\s*,?\\s+(?:the )?(?:grader|judge|evaluator|ai|llm|language model)\\b"),
            p("\\byou are now\\b|\\bfrom now on,? you\\b|\\bact as (?:a|an|the)\\b|\\bpretend (?:you are|to be)\\b"
                    + "|\\bnew instructions?\\s*:|\\bbegin (?:system|new) (?:prompt|instructions?)\\b"),
            p("\\b(?:grade|score|rate|mark|assess|evaluate)\\s+(?:this|the|my|it)?\\s*(?:answer|response|submission)?"
                    + "\\s*(?:as|at|with)\\s+(?:a\\s+|an\\s+)?(?:strong|perfect|excellent|full marks|the highest|10|100"
                    + "|staff)\\b"),
            p("\\b(?:assign|give|award)\\s+(?:me\\s+|this\\s+(?:answer\\s+)?|it\\s+)?(?:a\\s+|the\\s+)?(?:strong|top"
                    + "|highest|perfect|full|maximum)\\b"),
            p("\\b(?:all|every) (?:dimensions?|levels?) (?:as|are|should be|=) (?:strong|moderate)\\b"),
            p("</?\\s*(?:answer|learner[_-]?answer|user[_-]?answer|system|instructions?|user|assistant|rubric|grader"
                    + "|prompt|im_start|im_end|developer)\\b[^>\\n]{0,40}>"),
            p("<\\|im_(?:start|end)\\|>|\\[/?(?:inst|sys)\\]|<<\\s*/?sys\\s*>>"),
            p("\\bend of (?:the )?(?:answer|user input|submission|learner answer|input)\\b"),
            p("(?m)^\\s*#{2,}\\s*(?:system|instructions?|grader)\\b"),
            p("\"(?:level|injection_suspected|dimensions)\"\\s*:"));

    private InjectionCheck() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /** The first suspicious phrase, if any. */
    public static Optional<String> find(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(lower);
            if (m.find()) {
                return Optional.of(lower.substring(m.start(), Math.min(m.end(), m.start() + 80)));
            }
        }
        return Optional.empty();
    }

    public static boolean suspected(String answer) {
        return find(answer).isPresent();
    }
}
