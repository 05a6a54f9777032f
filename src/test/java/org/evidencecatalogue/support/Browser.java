package org.evidencecatalogue.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven by its own ChromeDriver (no tool downloads a browser). Paths come from
 * {@code CHROME_BIN} and {@code CHROMEDRIVER_BIN}, defaulting to {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}. Each session gets a fresh profile directory and browser console logging.
 */
public final class Browser {

    private Browser() {
    }

    public static boolean isAvailable() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    public static ChromeDriver start() {
        return start(1280, 900);
    }

    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=" + width + "," + height, "--user-data-dir=" + freshProfile());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver().toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("evidence-chromium-").toString();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
