package dev.staffdrill.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one line of a question's {@code worked:} arithmetic, e.g.
 * {@code "175K req/s × 2 KB ≈ 350 MB/s"}: both sides are evaluated with their units, must have the
 * same dimension in bytes, seconds and dollars, and must agree within 10% ({@code ≈}) or 1%
 * ({@code =}). The grammar is the one content/README.md documents; anything outside it is an error,
 * never a guess, because a wrong number in a model answer is a content bug that mis-grades learners.
 */
public final class WorkedLine {
    private static final double APPROX = 0.10;
    private static final double EXACT = 0.01;

    /** Scale to base units (bytes, seconds) and the dimension a unit word carries. */
    private record Unit(double scale, int bytes, int seconds) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("B", new Unit(1, 1, 0)), Map.entry("KB", new Unit(1e3, 1, 0)),
            Map.entry("MB", new Unit(1e6, 1, 0)), Map.entry("GB", new Unit(1e9, 1, 0)),
            Map.entry("TB", new Unit(1e12, 1, 0)), Map.entry("PB", new Unit(1e15, 1, 0)),
            Map.entry("ms", new Unit(1e-3, 0, 1)), Map.entry("s", new Unit(1, 0, 1)),
            Map.entry("min", new Unit(60, 0, 1)), Map.entry("h", new Unit(3600, 0, 1)),
            Map.entry("day", new Unit(86_400, 0, 1)), Map.entry("days", new Unit(86_400, 0, 1)),
            Map.entry("week", new Unit(7 * 86_400, 0, 1)), Map.entry("weeks", new Unit(7 * 86_400, 0, 1)),
            Map.entry("month", new Unit(30 * 86_400, 0, 1)), Map.entry("months", new Unit(30 * 86_400, 0, 1)),
            Map.entry("year", new Unit(365 * 86_400, 0, 1)), Map.entry("years", new Unit(365 * 86_400, 0, 1)));

    private WorkedLine() {
    }

    /** A value in base units (bytes, seconds, dollars) with the exponent of each dimension. */
    record Quantity(double value, int bytes, int seconds, int dollars) {
        Quantity times(Quantity o) {
            return new Quantity(value * o.value, bytes + o.bytes, seconds + o.seconds, dollars + o.dollars);
        }

        Quantity over(Quantity o) {
            return new Quantity(value / o.value, bytes - o.bytes, seconds - o.seconds, dollars - o.dollars);
        }

        boolean sameDimension(Quantity o) {
            return bytes == o.bytes && seconds == o.seconds && dollars == o.dollars;
        }

        boolean dimensionless() {
            return bytes == 0 && seconds == 0 && dollars == 0;
        }

        /** The dimension as a reader would write it: {@code B/s}, {@code $}, {@code $/B}, {@code count}. */
        String dimension() {
            List<String> num = new ArrayList<>();
            List<String> den = new ArrayList<>();
            part(dollars, "$", num, den);
            part(bytes, "B", num, den);
            part(seconds, "s", num, den);
            if (num.isEmpty() && den.isEmpty()) {
                return "a count";
            }
            return (num.isEmpty() ? "1" : String.join("·", num)) + (den.isEmpty() ? "" : "/" + String.join("·", den));
        }

        private static void part(int exp, String name, List<String> num, List<String> den) {
            if (exp > 0) {
                num.add(exp == 1 ? name : name + "^" + exp);
            } else if (exp < 0) {
                den.add(exp == -1 ? name : name + "^" + -exp);
            }
        }
    }

    /** Thrown for a line outside the grammar; the message says where and what. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Empty when the line is right; otherwise what is wrong, in one sentence. */
    public static Optional<String> check(String line) {
        String text = line;
        int hash = text.indexOf(" # ");
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        text = text.strip();
        int approx = text.indexOf('≈');
        int eq = text.indexOf('=');
        if ((approx >= 0 ? 1 : 0) + (eq >= 0 ? 1 : 0) != 1
                || text.indexOf('≈', approx + 1) > 0 || (eq >= 0 && text.indexOf('=', eq + 1) > 0)) {
            return Optional.of("'" + text + "' must be one 'LEFT ≈ RIGHT' (within 10%) or 'LEFT = RIGHT' (within 1%)");
        }
        int at = approx >= 0 ? approx : eq;
        double tolerance = approx >= 0 ? APPROX : EXACT;
        String left = text.substring(0, at).strip();
        String right = text.substring(at + 1).strip();
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.of("'" + text + "' needs an expression on both sides of " + (approx >= 0 ? "≈" : "="));
        }
        Quantity l;
        Quantity r;
        try {
            l = evaluate(left);
            r = evaluate(right);
        } catch (Unreadable e) {
            return Optional.of(e.getMessage());
        }
        if (!l.sameDimension(r)) {
            return Optional.of(left + " is " + describe(l) + " but " + right + " is " + describe(r)
                    + ": the units do not match");
        }
        if (!Double.isFinite(l.value) || !Double.isFinite(r.value)) {
            return Optional.of(left + " does not evaluate to a finite number");
        }
        double diff = Math.abs(l.value - r.value);
        boolean ok = l.value == 0 ? Math.abs(r.value) < 1e-12 : diff <= tolerance * Math.abs(l.value) * (1 + 1e-9);
        if (!ok) {
            return Optional.of(left + " evaluates to " + display(l, right) + ", not " + right
                    + (approx >= 0 ? " (≈ allows 10%)" : " (= allows 1%)"));
        }
        return Optional.empty();
    }

    private static String describe(Quantity q) {
        String d = q.dimension();
        return d.equals("a count") ? d : "in " + d;
    }

    /** Evaluates one side of a line. */
    static Quantity evaluate(String expression) {
        return new Parser(expression).parseAll();
    }

    /**
     * Shows the left side's value the way the right side is written when it is one quantity
     * ({@code 907 TB}, {@code $1.2M}, {@code 35%}), so the author sees the gap in their own units.
     */
    static String display(Quantity value, String right) {
        Parser p = new Parser(right);
        try {
            Optional<Parser.Written> w = p.singleQuantity();
            if (w.isPresent()) {
                Parser.Written written = w.get();
                double inWritten = value.value / written.unitScale();
                String number = number(inWritten / written.suffixScale());
                return (written.dollar() ? "$" : "") + number + written.suffix()
                        + (written.unit().isEmpty() ? "" : " " + written.unit());
            }
        } catch (Unreadable e) {
            // fall through to the base-unit form
        }
        String dim = value.dimension();
        return number(value.value) + (dim.equals("a count") ? "" : " " + dim);
    }

    /** Four significant figures, no exponent for everyday magnitudes, no trailing zeros. */
    static String number(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e15) {
            java.math.BigDecimal bd = new java.math.BigDecimal(v).round(new java.math.MathContext(4));
            return bd.stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** Recursive descent over the token grammar: sum := product (('+'|'-') product)*, etc. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        /** How a single written quantity looks, to show a computed value in the same form. */
        record Written(boolean dollar, String suffix, double suffixScale, String unit, double unitScale) {
        }

        Quantity parseAll() {
            Quantity q = sum();
            skipSpaces();
            if (i < s.length()) {
                throw error("unexpected '" + rest() + "'");
            }
            return q;
        }

        Optional<Written> singleQuantity() {
            skipSpaces();
            boolean dollar = false;
            if (peek('$') && i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.')) {
                dollar = true;
                i++;
            }
            if (i >= s.length() || !(Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                return Optional.empty();
            }
            number();
            String suffix = "";
            double suffixScale = 1;
            if (i < s.length() && "KMBT%".indexOf(s.charAt(i)) >= 0) {
                suffix = String.valueOf(s.charAt(i));
                suffixScale = suffixScale(s.charAt(i));
                i++;
            }
            String unit = "";
            double unitScale = 1;
            if (i < s.length() && s.charAt(i) == ' ') {
                skipSpaces();
                if (i < s.length() && startsUnit()) {
                    int from = i;
                    Quantity u = unitWords();
                    unit = s.substring(from, i).strip();
                    unitScale = u.value;
                }
            }
            skipSpaces();
            return i == s.length() ? Optional.of(new Written(dollar, suffix, suffixScale, unit, unitScale))
                    : Optional.empty();
        }

        private Quantity sum() {
            Quantity q = product();
            while (true) {
                skipSpaces();
                if (peek('+') || peek('-') || peek('−')) {
                    char op = s.charAt(i++);
                    Quantity r = product();
                    if (!q.sameDimension(r)) {
                        throw error("cannot " + (op == '+' ? "add " : "subtract ") + describe(r) + " "
                                + (op == '+' ? "to " : "from ") + describe(q).replace("in ", ""));
                    }
                    q = new Quantity(op == '+' ? q.value + r.value : q.value - r.value, q.bytes, q.seconds, q.dollars);
                } else {
                    return q;
                }
            }
        }

        private Quantity product() {
            Quantity q = power();
            while (true) {
                skipSpaces();
                if (peek('×') || peek('*')) {
                    i++;
                    q = q.times(power());
                } else if (peek('/')) {
                    i++;
                    Quantity d = power();
                    if (d.value == 0) {
                        throw error("division by zero");
                    }
                    q = q.over(d);
                } else {
                    return q;
                }
            }
        }

        private Quantity power() {
            Quantity base = unary();
            skipSpaces();
            if (peek('^')) {
                i++;
                Quantity exp = power(); // right-associative
                if (!exp.dimensionless()) {
                    throw error("an exponent must be a plain number, not " + describe(exp).replace("in ", ""));
                }
                double e = exp.value;
                if (!base.dimensionless() && e != Math.rint(e)) {
                    throw error("a quantity with units can only be raised to a whole power");
                }
                int k = (int) e;
                return new Quantity(Math.pow(base.value, e), base.bytes * k, base.seconds * k, base.dollars * k);
            }
            return base;
        }

        private Quantity unary() {
            skipSpaces();
            if (peek('-') || peek('−')) {
                i++;
                Quantity q = unary();
                return new Quantity(-q.value, q.bytes, q.seconds, q.dollars);
            }
            return atom();
        }

        private Quantity atom() {
            skipSpaces();
            if (i >= s.length()) {
                throw error("the expression ends where a number was expected");
            }
            if (peek('(')) {
                i++;
                Quantity q = sum();
                skipSpaces();
                if (!peek(')')) {
                    throw error("a '(' is never closed");
                }
                i++;
                return withUnit(q); // "(310 − 90) ms"
            }
            char c = s.charAt(i);
            boolean dollar = false;
            if (c == '$' && i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.')) {
                dollar = true;
                i++;
                c = s.charAt(i);
            }
            if (Character.isDigit(c) || c == '.') {
                double v = number();
                if (i < s.length() && "KMBT%".indexOf(s.charAt(i)) >= 0) {
                    v *= suffixScale(s.charAt(i));
                    i++;
                }
                if (i < s.length() && Character.isLetter(s.charAt(i))) {
                    int from = i;
                    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    throw error("'" + s.substring(numberStart(from), i) + "': put a space between a number and its unit"
                            + " (only K, M, B, T or % attach to a number)");
                }
                return withUnit(new Quantity(v, 0, 0, dollar ? 1 : 0));
            }
            if (startsUnit()) {
                return unitWords(); // a bare unit, as in "$0.09 / GB": one of it
            }
            throw error("expected a number at '" + rest() + "'");
        }

        /** A unit follows after a space; an operator after a space is not a unit. */
        private Quantity withUnit(Quantity q) {
            int save = i;
            skipSpaces();
            if (i > save && i < s.length() && startsUnit()) {
                return q.times(unitWords());
            }
            i = save;
            return q;
        }

        private int numberStart(int from) {
            int k = from;
            while (k > 0 && (Character.isDigit(s.charAt(k - 1)) || ",.KMBT%$".indexOf(s.charAt(k - 1)) >= 0)) {
                k--;
            }
            return k;
        }

        private double number() {
            int from = i;
            StringBuilder digits = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isDigit(c) || c == '.') {
                    digits.append(c);
                    i++;
                } else if (c == ',' && groupOfThree(i + 1)) {
                    i++; // thousands separator: exactly three digits follow
                } else if ((c == 'e' || c == 'E') && i + 1 < s.length()
                        && (Character.isDigit(s.charAt(i + 1))
                        || ((s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') && i + 2 < s.length()
                        && Character.isDigit(s.charAt(i + 2))))) {
                    digits.append(c).append(s.charAt(i + 1));
                    i += 2;
                } else {
                    break;
                }
            }
            try {
                return Double.parseDouble(digits.toString());
            } catch (NumberFormatException e) {
                throw error("'" + s.substring(from, i) + "' is not a number");
            }
        }

        private boolean groupOfThree(int at) {
            if (at + 3 > s.length()) {
                return false;
            }
            for (int k = at; k < at + 3; k++) {
                if (!Character.isDigit(s.charAt(k))) {
                    return false;
                }
            }
            return at + 3 == s.length() || !Character.isDigit(s.charAt(at + 3));
        }

        private boolean startsUnit() {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            // "$/GB" or "/s" directly: a unit, not the start of a dollar amount or a division
            if (c == '$') {
                return i + 1 == s.length() || s.charAt(i + 1) == '/' || s.charAt(i + 1) == ' ';
            }
            return c == '/' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '$');
        }

        /**
         * One or more unit words, each possibly compound ({@code MB/s}, {@code $/GB}, {@code req/s}).
         * Known units carry a dimension and scale; any other word is a label and counts as 1.
         */
        private Quantity unitWords() {
            Quantity q = new Quantity(1, 0, 0, 0);
            while (true) {
                int from = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '/'
                        || s.charAt(i) == '$' || s.charAt(i) == '_' || s.charAt(i) == '-' && i + 1 < s.length()
                        && Character.isLetter(s.charAt(i + 1)) && i > from)) {
                    i++;
                }
                String word = s.substring(from, i);
                String[] parts = word.split("/", -1);
                for (int k = 0; k < parts.length; k++) {
                    String part = parts[k];
                    if (part.isEmpty()) {
                        if (k == 0) {
                            continue; // "/s": per second
                        }
                        throw error("'" + word + "' has an empty unit after '/'");
                    }
                    Quantity u = unit(part);
                    q = k == 0 ? q.times(u) : q.over(u);
                }
                int save = i;
                skipSpaces();
                if (i > save && i < s.length() && Character.isLetter(s.charAt(i))) {
                    continue; // "1.2M active users": several words, each a unit or a label
                }
                i = save;
                return q;
            }
        }

        private Quantity unit(String word) {
            if (word.equals("$")) {
                return new Quantity(1, 0, 0, 1);
            }
            Unit u = UNITS.get(word);
            if (u != null) {
                return new Quantity(u.scale, u.bytes, u.seconds, 0);
            }
            if (!Character.isLetter(word.charAt(0))) {
                throw error("'" + word + "' is neither a unit nor a label");
            }
            return new Quantity(1, 0, 0, 0); // a label: req, orders, users, shards
        }

        private static double suffixScale(char c) {
            return switch (c) {
                case 'K' -> 1e3;
                case 'M' -> 1e6;
                case 'B' -> 1e9;
                case 'T' -> 1e12;
                case '%' -> 0.01;
                default -> 1;
            };
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void skipSpaces() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private String rest() {
            String r = s.substring(Math.min(i, s.length()));
            return r.length() > 20 ? r.substring(0, 20) + "…" : r;
        }

        private Unreadable error(String what) {
            return new Unreadable("cannot read '" + s + "': " + what);
        }
    }
}
