package dev.staffdrill.drill;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The autosave's strict form decoding, character by character (the fast path for plain ASCII included). */
class DraftFormTest {
    @Test
    void decodesWhatBrowsersSend() {
        String text = "Shard by tenant; p99 ≤ 50 ms — 10× the \"hot\" one & more 🙂\nnext line";
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
        assertThat(DraftForm.answer("answer=" + encoded)).contains(text);
        assertThat(DraftForm.decode("a+b%2Bc")).contains("a b+c");
        assertThat(DraftForm.decode("plain-ASCII_text.~*")).contains("plain-ASCII_text.~*");
        assertThat(DraftForm.decode("")).contains("");
    }

    @Test
    void keepsRawNonAsciiCharactersAsText() {
        assertThat(DraftForm.decode("caf\u00e9 \u2264 \uD83D\uDE42")).contains("caf\u00e9 \u2264 \uD83D\uDE42");
    }

    @Test
    void refusesBadEscapesAndBytesThatAreNotUtf8() {
        assertThat(DraftForm.decode("ok%E2%8")).isEqualTo(Optional.empty()); // truncated escape
        assertThat(DraftForm.decode("ok%G1")).isEqualTo(Optional.empty());
        assertThat(DraftForm.decode("ok%")).isEqualTo(Optional.empty());
        assertThat(DraftForm.decode("%E2%82")).isEqualTo(Optional.empty()); // a UTF-8 sequence cut short
        assertThat(DraftForm.decode("%FF")).isEqualTo(Optional.empty());
        assertThat(DraftForm.answer("answer=a&answer=b")).isEmpty();
        assertThat(DraftForm.answer("other=x")).isEmpty();
    }
}
