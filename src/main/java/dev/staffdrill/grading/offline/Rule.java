package dev.staffdrill.grading.offline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a signal in one lower-cased sentence and returns where it matched, or -1. Rules are
 * small regexes combined with {@link #any}, {@link #allOf} and {@link #unless}, each behind
 * literal cues ({@link #cued}) so the regex runs only on sentences that could match.
 */
sealed interface Rule {
    int find(String lower);

    /** The same rule with every cue removed: what the cues must never change (see the tests). */
    Rule withoutCues();

    static Rule of(String regex) {
        return new AllOf(Scan.of(regex), List.of());
    }

    /** Matches where {@code main} matches, provided every one of {@code also} matches somewhere. */
    static Rule allOf(String main, String... also) {
        return new AllOf(Scan.of(main), List.of(also).stream().map(Scan::of).toList());
    }

    /** Matches where the first of {@code rules} that matches does. */
    static Rule any(Rule... rules) {
        return new AnyOf(List.of(rules));
    }

    /** One small regex behind its own cues: the building block of {@link SignalRules}. */
    static Rule when(String cues, String regex) {
        return of(regex).cued(cues);
    }

    /** This rule, except in sentences where {@code veto} matches. */
    default Rule unless(String veto) {
        return new Unless(this, Pattern.compile(veto));
    }

    /**
     * This rule behind a cheap pre-check: it runs only when the sentence contains one of the
     * pipe-separated literal {@code cues} ("#digit" means any digit); "a|b&c|d" needs one of a, b
     * and one of c, d. Cues must be necessary for a match, never add one.
     */
    default Rule cued(String cues) {
        return new Cued(this, List.of(cues.split("&")).stream().map(g -> g.split("\\|")).toList());
    }

    record AllOf(Scan main, List<Scan> also) implements Rule {
        @Override
        public int find(String lower) {
            for (Scan p : also) { // the extra conditions are short and selective: check them first
                if (p.find(lower) < 0) {
                    return -1;
                }
            }
            return main.find(lower);
        }

        /** The same search with plain {@code find()} everywhere, for tests. */
        int findPlain(String lower) {
            for (Scan p : also) {
                if (p.findPlain(lower) < 0) {
                    return -1;
                }
            }
            return main.findPlain(lower);
        }

        @Override
        public Rule withoutCues() {
            return this;
        }
    }

    record AnyOf(List<Rule> rules) implements Rule {
        @Override
        public int find(String lower) {
            for (Rule r : rules) {
                int at = r.find(lower);
                if (at >= 0) {
                    return at;
                }
            }
            return -1;
        }

        @Override
        public Rule withoutCues() {
            return new AnyOf(rules.stream().map(Rule::withoutCues).toList());
        }
    }

    record Unless(Rule rule, Pattern veto) implements Rule {
        @Override
        public int find(String lower) {
            return veto.matcher(lower).find() ? -1 : rule.find(lower);
        }

        @Override
        public Rule withoutCues() {
            return new Unless(rule.withoutCues(), veto);
        }
    }

    record Cued(Rule rule, List<String[]> groups) implements Rule {
        @Override
        public int find(String lower) {
            for (String[] group : groups) {
                if (!anyIn(lower, group)) {
                    return -1;
                }
            }
            return rule.find(lower);
        }

        @Override
        public Rule withoutCues() {
            return rule.withoutCues();
        }

        private static boolean anyIn(String lower, String[] group) {
            for (String c : group) {
                if (c.equals("#digit") ? hasDigit(lower) : lower.contains(c)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasDigit(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isDigit(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
