package org.evidencecatalogue.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven by its own ChromeDriver (no tool downloads a browser). Paths come from
 * {@code CHROME_BIN} and {@code CHROMEDRIVER_BIN}, defaulting to {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}. Each session gets a fresh profile directory and browser console logging;
 * {@link #with()} adds a phone-sized viewport, JavaScript switched off, or a record of network requests.
 */
public final class Browser {

    private static final Set<Path> profiles = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::deleteProfiles, "delete-chromium-profiles"));
    }

    private Browser() {
    }

    public static boolean isAvailable() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    public static ChromeDriver start() {
        return with().start();
    }

    public static ChromeDriver start(int width, int height) {
        return with().size(width, height).start();
    }

    /** Settings for a session, starting from a 1280×900 desktop window with JavaScript on. */
    public static Settings with() {
        return new Settings(1280, 900, false, true, false);
    }

    /**
     * How a session is started. A phone viewport uses Chromium's mobile emulation, so the page is laid out
     * at that CSS width with a touch-device pixel ratio, as on a real phone. Recording requests turns on
     * the performance log that {@link NetworkRequests} reads.
     */
    public record Settings(int width, int height, boolean phone, boolean javaScript, boolean recordRequests) {

        public Settings size(int width, int height) {
            return new Settings(width, height, false, this.javaScript, this.recordRequests);
        }

        public Settings phone(int width, int height) {
            return new Settings(width, height, true, this.javaScript, this.recordRequests);
        }

        public Settings withoutJavaScript() {
            return new Settings(this.width, this.height, this.phone, false, this.recordRequests);
        }

        public Settings recordingRequests() {
            return new Settings(this.width, this.height, this.phone, this.javaScript, true);
        }

        public ChromeDriver start() {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium().toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--user-data-dir=" + freshProfile());
            if (this.phone) {
                options.addArguments("--window-size=" + Math.max(this.width, 500) + "," + this.height);
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", this.width, "height", this.height, "pixelRatio", 2.0, "touch", true)));
            }
            else {
                options.addArguments("--window-size=" + this.width + "," + this.height);
            }
            Map<String, Object> prefs = new HashMap<>();
            if (!this.javaScript) {
                prefs.put("profile.managed_default_content_settings.javascript", 2);
            }
            options.setExperimentalOption("prefs", prefs);
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            if (this.recordRequests) {
                logging.enable(LogType.PERFORMANCE, Level.ALL);
                options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
            }
            options.setCapability("goog:loggingPrefs", logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return driver;
        }

    }

    private static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    }

    private static String freshProfile() {
        try {
            Path profile = Files.createTempDirectory("evidence-chromium-");
            profiles.add(profile);
            return profile.toString();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Profiles are a few megabytes each and a run starts several browsers, so they go when the JVM ends. */
    private static void deleteProfiles() {
        for (Path profile : profiles) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
            }
            catch (IOException | UncheckedIOException ex) {
                // Best effort: a browser that was never quit may still hold files.
            }
        }
    }

}
