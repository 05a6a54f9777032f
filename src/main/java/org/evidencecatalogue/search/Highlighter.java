package org.evidencecatalogue.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evidencecatalogue.search.SearchResults.Segment;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Marks a search's words in a hit's title and picks the hit's snippet. A word is marked when it reads as one of
 * the search's lexemes the way the catalogue's text search configuration reads documents (db/migration/V13): a
 * word of plain letters in lower case through Snowball's English stemmer (PostgreSQL's {@code english_stem}), a
 * word with accented letters without its accents, a word with digits in lower case. Letters and digits make a
 * word; anything else (hyphens, slashes, apostrophes, markup) separates words and is kept as written.
 * <p>
 * This is done here rather than with PostgreSQL's {@code ts_headline}: at 600,000 studies, headlines for a page of
 * twenty hits were 4 ms of the 7 ms statement for a rare drug's name, and the database is the one part of the
 * catalogue that does not scale out. One highlighter serves one search on one thread (the stemmer keeps state).
 */
final class Highlighter {

    /** The most words in a snippet's fragment, and the most fragments. */
    static final int FRAGMENT_WORDS = 24;

    static final int FRAGMENTS = 2;

    /** Words a fragment shows before its first matched word. */
    static final int LEAD_WORDS = 6;

    /** The words a snippet shows from the start when no word is matched. */
    static final int UNMATCHED_WORDS = 30;

    /** Between fragments, and before or after a snippet that does not start or end with its text. */
    static final String FRAGMENT_DELIMITER = " … ";

    static final String LEADING_ELLIPSIS = "… ";

    static final String TRAILING_ELLIPSIS = " …";

    private final Set<String> lexemes;

    /**
     * The first letter of each lexeme, each once: a word starting otherwise is not stemmed (stems keep the first
     * letter). An array, as a search has a few lexemes and this is asked for every word of every snippet.
     */
    private final int[] initials;

    private final EnglishStemmer stemmer = new EnglishStemmer();

    /**
     * Each word stemmed so far, by its lower case: a page's snippets repeat their words, and stemming was a quarter
     * of the highlighter's time.
     */
    private final Map<String, String> stems = new HashMap<>();

    private Highlighter(Set<String> lexemes) {
        this.lexemes = lexemes;
        this.initials = lexemes.stream().mapToInt((lexeme) -> lexeme.codePointAt(0)).distinct().toArray();
    }

    /** A highlighter for the lexemes of a tsquery as PostgreSQL writes it; none for null. */
    static Highlighter forQuery(String tsquery) {
        return new Highlighter((tsquery == null) ? Set.of() : lexemes(tsquery));
    }

    /** The quoted lexemes of a tsquery's text ({@code 'qualiti' <-> 'life'}), in lower case. */
    static Set<String> lexemes(String tsquery) {
        Set<String> lexemes = new HashSet<>();
        for (String lexeme : TsqueryText.lexemes(tsquery)) {
            lexemes.add(lexeme.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(lexemes);
    }

    /** The whole title as written, punctuation around its words included, its matched words marked. */
    List<Segment> title(String title) {
        return segments(title, words(title), 0, title.length());
    }

    /**
     * Up to {@link #FRAGMENTS} runs of up to {@link #FRAGMENT_WORDS} words, each chosen for the most different
     * matched words (then the most matched words, then the earliest), in the text's order and joined by
     * {@link #FRAGMENT_DELIMITER}; the first {@link #UNMATCHED_WORDS} words when no word is matched. An ellipsis
     * stands where the snippet leaves out the text's beginning or end.
     */
    List<Segment> snippet(String text) {
        return snippet(text, false);
    }

    /**
     * The snippet of a text's beginning; {@code cut}: the text goes on, so its last word may be cut short and is
     * left out, and an ellipsis ends the snippet.
     */
    List<Segment> snippet(String beginning, boolean cut) {
        String text = beginning;
        if (cut) {
            int lastSpace = text.length() - 1;
            while (lastSpace > 0 && !Character.isWhitespace(text.charAt(lastSpace))) {
                lastSpace--;
            }
            text = (lastSpace > 0) ? text.substring(0, lastSpace) : text;
        }
        List<Word> words = words(text);
        if (words.isEmpty()) {
            return text.isBlank() ? List.of()
                    : List.of(new Segment(text.strip() + (cut ? TRAILING_ELLIPSIS : ""), false));
        }
        List<int[]> fragments = new ArrayList<>();
        boolean[] shown = new boolean[words.size()];
        for (int f = 0; f < FRAGMENTS; f++) {
            int[] best = bestFragment(words, shown);
            if (best == null) {
                break;
            }
            fragments.add(best);
            for (int k = best[0]; k < best[1]; k++) {
                shown[k] = true;
            }
        }
        if (fragments.isEmpty()) {
            fragments.add(new int[] { 0, Math.min(words.size(), UNMATCHED_WORDS) });
        }
        fragments.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Segment> segments = new ArrayList<>();
        if (fragments.get(0)[0] > 0) {
            segments.add(new Segment(LEADING_ELLIPSIS, false));
        }
        for (int f = 0; f < fragments.size(); f++) {
            if (f > 0) {
                segments.add(new Segment(FRAGMENT_DELIMITER, false));
            }
            segments.addAll(fragment(text, words, fragments.get(f)[0], fragments.get(f)[1]));
        }
        if (cut || fragments.get(fragments.size() - 1)[1] < words.size()) {
            segments.add(new Segment(TRAILING_ELLIPSIS, false));
        }
        return List.copyOf(segments);
    }

    /** The best run of words [from, to) that starts a few words before a matched word none shown overlaps. */
    private static int[] bestFragment(List<Word> words, boolean[] shown) {
        int[] best = null;
        int bestDistinct = 0;
        int bestMatches = 0;
        for (int m = 0; m < words.size(); m++) {
            if (words.get(m).key() == null || shown[m]) {
                continue;
            }
            int from = Math.max(0, m - LEAD_WORDS);
            while (shown[from]) {
                from++;
            }
            int to = from;
            Set<String> distinct = new HashSet<>();
            int matches = 0;
            while (to < words.size() && to - from < FRAGMENT_WORDS && !shown[to]) {
                String key = words.get(to).key();
                if (key != null) {
                    distinct.add(key);
                    matches++;
                }
                to++;
            }
            if (distinct.size() > bestDistinct || (distinct.size() == bestDistinct && matches > bestMatches)) {
                best = new int[] { from, to };
                bestDistinct = distinct.size();
                bestMatches = matches;
            }
        }
        return best;
    }

    /**
     * Words [from, to) of the text: from the first word's start to the last one's end, or, where the fragment
     * reaches the text's first or last word, from the text's start or to its end, without surrounding white space
     * (so a quotation mark, a parenthesis or a full stop there is kept).
     */
    private static List<Segment> fragment(String text, List<Word> words, int from, int to) {
        int start = (from == 0) ? text.length() - text.stripLeading().length() : words.get(from).start();
        int end = (to == words.size()) ? text.stripTrailing().length() : words.get(to - 1).end();
        return segments(text, words.subList(from, to), start, end);
    }

    /** The text between start and end, split where the given words that matched begin and end. */
    private static List<Segment> segments(String text, List<Word> words, int start, int end) {
        List<Segment> segments = new ArrayList<>();
        int at = start;
        for (Word word : words) {
            if (word.key() != null) {
                if (at < word.start()) {
                    segments.add(new Segment(text.substring(at, word.start()), false));
                }
                segments.add(new Segment(text.substring(word.start(), word.end()), true));
                at = word.end();
            }
        }
        if (at < end) {
            segments.add(new Segment(text.substring(at, end), false));
        }
        return List.copyOf(segments);
    }

    /** The text's words, each with the lexeme it matched (null when none). */
    private List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int k = 0;
        while (k < text.length()) {
            int c = text.codePointAt(k);
            if (!Character.isLetterOrDigit(c)) {
                k += Character.charCount(c);
                continue;
            }
            int start = k;
            boolean plainLetters = true;
            while (k < text.length() && Character.isLetterOrDigit(c = text.codePointAt(k))) {
                plainLetters &= c < 128 && !Character.isDigit(c);
                k += Character.charCount(c);
            }
            // Most words are plain letters whose first one starts no lexeme: they cannot match, and are not copied.
            boolean hopeless = plainLetters && !startsALexeme(Character.toLowerCase(text.charAt(start)));
            words.add(new Word(start, k, hopeless ? null : matched(text.substring(start, k))));
        }
        return words;
    }

    private String matched(String word) {
        if (this.lexemes.isEmpty()) {
            return null;
        }
        String key = key(word);
        return (key != null && this.lexemes.contains(key)) ? key : null;
    }

    /** The word as the catalogue's configuration reads it, in lower case; null when it cannot match. */
    String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        boolean digits = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            ascii &= c < 128;
            digits |= Character.isDigit(c);
        }
        if (digits) {
            return lower;
        }
        if (!ascii) {
            String plain = unaccented(lower);
            if (!plain.equals(lower)) {
                return plain;
            }
        }
        if (!startsALexeme(lower.codePointAt(0))) {
            return null;
        }
        return this.stems.computeIfAbsent(lower, this::stem);
    }

    private String stem(String lower) {
        this.stemmer.setCurrent(lower);
        this.stemmer.stem();
        return this.stemmer.getCurrent();
    }

    /** Whether a lexeme starts with the letter; true when there are no lexemes (nothing can be ruled out). */
    private boolean startsALexeme(int letter) {
        for (int initial : this.initials) {
            if (initial == letter) {
                return true;
            }
        }
        return this.initials.length == 0;
    }

    /** Letters without their accents, as PostgreSQL's unaccent dictionary gives most of them. */
    static String unaccented(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            switch (c) {
                case 'ß' -> plain.append("ss");
                case 'æ' -> plain.append("ae");
                case 'œ' -> plain.append("oe");
                case 'ø' -> plain.append('o');
                case 'ł' -> plain.append('l');
                case 'đ', 'ð' -> plain.append('d');
                case 'þ' -> plain.append("th");
                case 'ı' -> plain.append('i');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        plain.append(c);
                    }
                }
            }
        }
        return plain.toString();
    }

    private record Word(int start, int end, String key) {
    }

}
