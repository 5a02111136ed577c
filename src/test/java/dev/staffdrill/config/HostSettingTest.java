package dev.staffdrill.config;

import dev.staffdrill.App;
import dev.staffdrill.testing.Fixtures;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --host picks the interface; local mode (everyone is the learner) stays on loopback unless told otherwise. */
class HostSettingTest {
    @TempDir
    Path tmp;

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void localModeListensOnLoopbackOnly() {
        Path content = Fixtures.content(tmp.resolve("content"));
        try (App app = TestApp.start(TestConfig.app(tmp.resolve("data"), content, "--local-mode"))) {
            assertThat(app.config().listenHost()).isEqualTo("127.0.0.1");
            assertThat(reachable("127.0.0.1", app.port())).isTrue();
            // 127.0.0.2 is another address of this machine: what "the network" looks like from here.
            assertThat(reachable("127.0.0.2", app.port())).as("local mode reachable from another address").isFalse();
        }
    }

    @Test
    void localModeOnAllInterfacesWhenToldSo() {
        Path content = Fixtures.content(tmp.resolve("content"));
        try (App app = TestApp.start(TestConfig.app(tmp.resolve("data"), content, "--local-mode", "--host", "0.0.0.0"))) {
            assertThat(reachable("127.0.0.2", app.port())).isTrue();
        }
    }

    @Test
    void theDefaultIsEveryInterfaceAndABadValueIsNamed() {
        assertThat(Config.load(List.of(), Map.of()).listenHost()).isNull();
        assertThat(Config.load(List.of("--host", "127.0.0.1"), Map.of()).listenHost()).isEqualTo("127.0.0.1");
        assertThat(Config.load(List.of(), Map.of("STAFFDRILL_HOST", "::1")).listenHost()).isEqualTo("::1");
        assertThatThrownBy(() -> Config.load(List.of("--host", "evil host/x"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("STAFFDRILL_HOST");
    }
}
