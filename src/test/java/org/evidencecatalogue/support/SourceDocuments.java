package org.evidencecatalogue.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documents the seeded records come from, as copied into {@code src/test/resources/sources}
 * (a test proves the copies equal {@code ../shared/sources} wherever that folder is present).
 */
public final class SourceDocuments {

    public static final Path COPIES = Path.of("src/test/resources/sources");

    public static final Path SHARED = Path.of("..", "shared", "sources");

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20));

    private SourceDocuments() {
    }

    public static String read(String fileName) {
        try {
            return Files.readString(COPIES.resolve(fileName), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Whether a number is written in a text: as digits (thousands separators and typographic minus allowed,
     * never as part of a longer number) or, for whole numbers up to twenty, as an English word.
     */
    public static boolean mentions(String text, String number) {
        String normalised = text.replace('\u2212', '-').replaceAll("(\\d),(\\d{3})", "$1$2");
        String pattern = "(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)";
        if (Pattern.compile(pattern).matcher(normalised).find()) {
            return true;
        }
        String lower = normalised.toLowerCase(Locale.ENGLISH);
        return WORDS.entrySet()
            .stream()
            .filter((word) -> String.valueOf(word.getValue()).equals(number))
            .anyMatch((word) -> Pattern.compile("\\b" + word.getKey() + "\\b").matcher(lower).find());
    }

}
