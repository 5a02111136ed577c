package dev.staffdrill.testing;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import dev.staffdrill.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of every Selenide spec: the real app started once per class ({@link RunningApp}) on a free
 * port with a fresh data dir, and headless Chromium from Debian's packages driven by Debian's ChromeDriver, so no
 * driver is ever downloaded. Missing Chromium fails the spec with the command that installs it;
 * it is never skipped. Cookies are cleared after each test, so each starts anonymous.
 */
@Tag("browser")
public abstract class BrowserSpec {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @RegisterExtension
    protected static final RunningApp server = RunningApp.withFixtures();
    protected static App app;

    @BeforeAll
    static void startBrowser() {
        requireChromium();
        app = server.app();
        // Selenium Manager would otherwise look for a driver on the network (SE_OFFLINE in the pom is the backstop).
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Configuration.browser = "chrome";
        Configuration.browserBinary = CHROMIUM.toString();
        Configuration.headless = true;
        Configuration.baseUrl = TestApp.url(app);
        Configuration.browserSize = "1280x900";
        Configuration.timeout = 8_000;
        Configuration.reportsFolder = "target/selenide-reports";
        Configuration.downloadsFolder = "target/selenide-downloads";
        Configuration.browserCapabilities = chromiumOptions();
    }

    private static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Browser specs need Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get install -y chromium chromium-driver"
                    + " (or run .ci/run, which does it), then run the tests again.");
        }
    }

    private static ChromeOptions chromiumOptions() {
        Path profile = Path.of("target", "chromium-profiles", UUID.randomUUID().toString()).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + profile);
        options.setCapability("webSocketUrl", true); // BiDi on: silences Selenium's CDP-version warning
        return options;
    }

    /**
     * Stops the server and starts it again on the same port and data dir, as a deploy or crash
     * would; {@code extraFlags} change its configuration (e.g. a short drill clock).
     */
    protected static void restartServer(String... extraFlags) {
        app = server.restart(extraFlags);
    }

    /** Stops the server only: the page stays open, as during a deploy or a network blip. */
    protected static void stopServer() {
        server.stop();
    }

    /** Signs a new learner up through the browser and leaves them signed in. */
    protected static void signUp(String name, String username) {
        com.codeborne.selenide.Selenide.open("/signup");
        com.codeborne.selenide.Selenide.$("#displayName").setValue(name);
        com.codeborne.selenide.Selenide.$("#username").setValue(username);
        com.codeborne.selenide.Selenide.$("#password").setValue("a long pass phrase");
        com.codeborne.selenide.Selenide.$("form[action='/signup'] button[type=submit]").click();
        com.codeborne.selenide.Selenide.$(".who").shouldHave(com.codeborne.selenide.Condition.text(name));
    }

    @AfterEach
    void forgetTheVisitor() {
        if (WebDriverRunner.hasWebDriverStarted()) {
            WebDriverRunner.getWebDriver().manage().deleteAllCookies();
        }
    }

    @AfterAll
    static void stopBrowser() {
        Selenide.closeWebDriver();
        app = null; // the extension stops the server after this
    }
}
