package dev.staffdrill.drill;

import io.javalin.http.Context;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the autosave's {@code answer} strictly. The lenient form parser turns a missing field, an
 * empty or JSON body, or a truncated escape such as {@code %E2%8} into "" — and saving "" over a
 * draft loses it. Here any of those is "no answer", which the caller refuses without saving.
 */
final class DraftForm {
    private DraftForm() {
    }

    /** The decoded {@code answer} of a form-encoded body, or empty if it is absent or not valid. */
    static Optional<String> answer(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        return answer(ctx.body());
    }

    static Optional<String> answer(String body) {
        String found = null;
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!"answer".equals(decode(key).orElse(null))) {
                continue;
            }
            if (eq < 0 || found != null) {
                return Optional.empty(); // "answer" without a value, or twice: which one was meant?
            }
            Optional<String> value = decode(pair.substring(eq + 1));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            found = value.get();
        }
        return Optional.ofNullable(found);
    }

    /** application/x-www-form-urlencoded decoding that fails on a bad escape or bytes that are not UTF-8. */
    static Optional<String> decode(String s) {
        ByteBuffer bytes = ByteBuffer.allocate(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.put((byte) ' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c < 0x80) { // a literal ASCII character: its own byte (nearly every character of a save)
                bytes.put((byte) c);
            } else { // any other literal character (browsers escape these, but a raw one is still text)
                int cp = s.codePointAt(i);
                bytes.put(StandardCharsets.UTF_8.encode(CharBuffer.wrap(Character.toChars(cp))));
                i += Character.charCount(cp) - 1;
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
