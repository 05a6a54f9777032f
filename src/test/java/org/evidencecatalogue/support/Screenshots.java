package org.evidencecatalogue.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chromium.ChromiumDriver;

/** Full-page PNG screenshots under {@code target/screenshots/}, for a person to look at after a run. */
public final class Screenshots {

    public static final Path FOLDER = Path.of("target", "screenshots");

    /** Chromium refuses textures much taller than this. */
    private static final int MAX_HEIGHT = 16_000;

    private Screenshots() {
    }

    /** The whole page, not only the viewport, saved as {@code target/screenshots/<name>.png}. */
    public static Path saveFullPage(ChromiumDriver driver, String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), MAX_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
