package dev.staffdrill.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log-in redirect stays on this site, whatever a browser would make of the string. */
class SafeNextTest {
    @Test
    void localPathsPass() {
        assertThat(AccountController.safeNext("/progress?dimension=B")).isEqualTo("/progress?dimension=B");
        assertThat(AccountController.safeNext("/attempts/12/result")).isEqualTo("/attempts/12/result");
    }

    @Test
    void anythingABrowserCouldTurnIntoAnotherHostIsReplacedByHome() {
        for (String evil : new String[]{null, "", "https://evil.example", "//evil.example", "/\\evil.example",
                "/\t/evil.example/x", "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "/\u0000/evil.example",
                "/\u007f/evil.example", "/\u200b/evil.example", "\\\\evil.example", "evil.example"}) {
            assertThat(AccountController.safeNext(evil)).as(String.valueOf(evil)).isEqualTo("/");
        }
    }
}
