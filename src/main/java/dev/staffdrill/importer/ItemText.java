package dev.staffdrill.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text rules shared by the parser: labels, guidance markers, titles, slugs. Pure functions. */
final class ItemText {
    private static final String LABEL_WORDS =
            "follow[- ]?up|question|q|exercise|scenario|probe|drill|debate|challenge|prompt";
    /** "Follow-up 1:", "Q1.", "Question #2 —", "3." — optionally wrapped in bold, as the seeds' variants do. */
    private static final Pattern LABEL = Pattern.compile(
            "^(\\*\\*|__)?\\s*(?:(?:" + LABEL_WORDS + ")\\s*#?\\s*\\d+[a-z]?|\\d{1,3})"
                    + "\\s*(?:[:.)—–-]\\s*(\\*\\*|__)?|(\\*\\*|__)\\s*[:.)—–-]?)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_LABEL = Pattern.compile(
            "(?:\\*\\*|__)?\\s*(?:(?:" + LABEL_WORDS + ")\\s*#?\\s*\\d+[a-z]?|\\d{1,3})\\s*[:.)—–-]?\\s*(?:\\*\\*|__)?\\s*[:.)—–-]?",
            Pattern.CASE_INSENSITIVE);
    private static final String GUIDANCE_WORDS = "guidance|how the (?:current )?design answers(?: it| this)?"
            + "|how this design answers(?: it)?|how the design (?:survives|handles) (?:it|this)|design answer"
            + "|(?:staff[- ]level |expected |model |strong )?answer|what a strong answer (?:covers|shows|includes)"
            + "|why (?:the design|it) survives|what (?:the interviewer|they) (?:is |are )?(?:looking for|testing)|a";
    private static final Pattern GUIDANCE_START = Pattern.compile(
            "^[*_]{0,2}\\s*(?:" + GUIDANCE_WORDS + ")\\s*[*_]{0,2}\\s*[:—–]\\s*[*_]{0,2}\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern GUIDANCE_INLINE = Pattern.compile(
            "\\s(?:[—–-]\\s*)?[*_]{0,2}(?:guidance|how the (?:current )?design answers(?: it| this)?)[*_]{0,2}\\s*[:—–]\\s*[*_]{0,2}\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_HEAD = Pattern.compile("^(\\*\\*|__)(.+?)\\1\\s*(.*)$");
    // Single underscores only at word edges, so that snake_case names survive.
    private static final Pattern EMPHASIS = Pattern.compile(
            "(\\*\\*|__|\\*)(\\S(?:.*?\\S)?)\\1|(?<!\\w)_(\\S(?:.*?\\S)?)_(?!\\w)");
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?:include|add|cover|explain|list|show|estimate|describe|enumerate|use|rules?)\\s*:", Pattern.CASE_INSENSITIVE);

    private ItemText() {
    }

    /** The head of an item split into an explicit title (may be empty), question/prompt text and inline guidance. */
    record Head(String title, String prompt, String guidance) {
    }

    /** Markdown emphasis removed, whitespace collapsed: for matching and for titles. */
    static String plain(String s) {
        String t = s;
        for (int i = 0; i < 3; i++) {
            t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return t.replace("`", "").replaceAll("\\s+", " ").strip();
    }

    /** Whether the text starts with an item label ("Follow-up 2:", "**Q1.**", "3.") followed by more text. */
    static boolean hasLabel(String s) {
        Matcher m = LABEL.matcher(s.strip());
        return m.find() && m.end() < s.strip().length();
    }

    /** A label and nothing else ("**Follow-up 1**", "Q1."): the item's text follows on the next lines. */
    static boolean isBareLabel(String s) {
        return BARE_LABEL.matcher(s.strip()).matches();
    }

    /** Removes a leading item label; "**Follow-up 1: text**" keeps its bold, "**Q1.** text" loses it. */
    static String stripLabel(String s) {
        String t = s.strip();
        if (isBareLabel(t)) {
            return "";
        }
        Matcher m = LABEL.matcher(t);
        if (!m.find()) {
            return t;
        }
        String rest = t.substring(m.end());
        boolean openedInside = m.group(1) != null && m.group(2) == null && m.group(3) == null;
        return (openedInside ? m.group(1) : "") + rest;
    }

    static boolean isQuestion(String s) {
        return unquote(plain(s)).endsWith("?");
    }

    /** "Include:" / "Add:" on its own line: in the seeds' prompts this introduces instructions, not items. */
    static boolean isInstruction(String s) {
        return INSTRUCTION.matcher(plain(s)).matches();
    }

    /** If the text starts with a guidance marker ("Guidance:", "*How the design answers it:*"), the text after it. */
    static Optional<String> afterGuidanceMarker(String s) {
        Matcher m = GUIDANCE_START.matcher(s.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(closeStrayEmphasis(s.strip().substring(m.end())));
    }

    /**
     * Splits an item's first line. {@code questionFirst}: text after a bold question is guidance
     * (follow-ups) rather than more prompt (exercises).
     */
    static Head splitHead(String raw, boolean questionFirst) {
        String s = stripLabel(raw);
        Matcher bold = BOLD_HEAD.matcher(s);
        if (bold.matches()) {
            String inner = bold.group(2).strip();
            String rest = bold.group(3).replaceFirst("^[:.—–-]+", "").strip();
            if (inner.endsWith(":") || inner.endsWith(".")) {
                inner = inner.substring(0, inner.length() - 1).strip();
            }
            if (isQuestion(inner)) {
                String q = unquote(inner);
                Optional<String> g = afterGuidanceMarker(rest);
                if (g.isPresent()) {
                    return new Head("", q, g.get());
                }
                return questionFirst ? new Head("", q, rest) : new Head("", join(q, rest), "");
            }
            String title = plain(inner);
            Optional<String> g = afterGuidanceMarker(rest);
            return g.isPresent() ? new Head(title, "", g.get()) : splitInline(title, rest);
        }
        return splitInline("", s);
    }

    private static Head splitInline(String title, String text) {
        Matcher g = GUIDANCE_INLINE.matcher(text);
        if (g.find()) {
            return new Head(title, unquote(text.substring(0, g.start()).strip()), text.substring(g.end()).strip());
        }
        return new Head(title, unquote(text.strip()), "");
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + " " + b;
    }

    /** Strips one pair of wrapping quotes (straight or curly) and wrapping italics. */
    static String unquote(String s) {
        String t = s.strip();
        if (t.length() > 2 && (t.startsWith("*") && t.endsWith("*") && !t.startsWith("**"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.length() > 2 && "\"“'‘".indexOf(t.charAt(0)) >= 0 && "\"”'’".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static String closeStrayEmphasis(String s) {
        return s.replaceFirst("^[*_]+\\s*", "").strip();
    }

    /** A title for an item without one: its first question or sentence, cut at a word near 100 chars. */
    static String titleFrom(String prompt) {
        String first = plain(unquote(prompt.lines().findFirst().orElse("")));
        int q = first.indexOf('?');
        int dot = first.indexOf(". ");
        int cut = q >= 0 && q < 140 ? q + 1 : dot > 0 && dot < 140 ? dot : first.length();
        String t = first.substring(0, cut).replaceAll("^[\"“'‘]+|[\"”'’]+$", "").strip();
        if (t.length() > 100) {
            int sp = t.lastIndexOf(' ', 96);
            t = t.substring(0, sp > 40 ? sp : 96).strip() + "…";
        }
        return t;
    }

    /** Lowercase ASCII words joined by dashes, at most {@code max} characters, cut at a dash. */
    static String slug(String s, int max) {
        String ascii = Normalizer.normalize(plain(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("×", "x").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            int cut = slug.lastIndexOf('-', max);
            slug = slug.substring(0, cut > max / 2 ? cut : max);
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
