package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexemes every match of a search's words must contain, read from the tsquery {@link QueryInterpreter} writes:
 * parts joined by {@code &} at the top level, each a lexeme, a phrase or a group in parentheses. A part without
 * alternatives ({@code |}) requires all its lexemes; a part with them requires none of its own. Filter lexemes
 * ({@code k:}, {@code c:}, {@code d:}…, which words never produce) are left out: they are not in titles.
 */
final class RequiredLexemes {

    private RequiredLexemes() {
    }

    /** The required lexemes as written in the tsquery (unquoted, unescaped), in order, each once. */
    static List<String> of(String tsquery) {
        Set<String> required = new LinkedHashSet<>();
        for (String part : parts(tsquery)) {
            if (!hasAlternatives(part)) {
                for (String lexeme : lexemes(part)) {
                    if (!lexeme.contains(":")) {
                        required.add(lexeme);
                    }
                }
            }
        }
        return List.copyOf(required);
    }

    /** The parts of a tsquery joined by {@code &} outside parentheses and quotes. */
    static List<String> parts(String tsquery) {
        List<String> parts = new ArrayList<>();
        int[] depth = { 0 };
        int[] start = { 0 };
        unquoted(tsquery, (k, c) -> {
            switch (c) {
                case '(' -> depth[0]++;
                case ')' -> depth[0]--;
                case '&' -> {
                    if (depth[0] == 0) {
                        parts.add(tsquery.substring(start[0], k).strip());
                        start[0] = k + 1;
                    }
                }
                default -> {
                }
            }
            return true;
        });
        parts.add(tsquery.substring(start[0]).strip());
        return parts;
    }

    private static boolean hasAlternatives(String part) {
        boolean[] found = { false };
        unquoted(part, (k, c) -> {
            found[0] = c == '|' || c == '!';
            return !found[0];
        });
        return found[0];
    }

    /**
     * Shows each character of a tsquery's text outside its quoted lexemes (where {@code \x} and {@code ''} are
     * characters of the lexeme) to the visitor, with its index, until the visitor returns false.
     */
    private static void unquoted(String tsquery, Visitor visitor) {
        boolean quoted = false;
        for (int k = 0; k < tsquery.length(); k++) {
            char c = tsquery.charAt(k);
            if (quoted) {
                if (c == '\\') {
                    k++;
                }
                else if (c == '\'') {
                    if (k + 1 < tsquery.length() && tsquery.charAt(k + 1) == '\'') {
                        k++;
                    }
                    else {
                        quoted = false;
                    }
                }
            }
            else if (c == '\'') {
                quoted = true;
            }
            else if (!visitor.visit(k, c)) {
                return;
            }
        }
    }

    /** The quoted lexemes of a tsquery's text, unescaped ({@code 'it''s'} is it's). */
    private static List<String> lexemes(String tsquery) {
        List<String> lexemes = new ArrayList<>();
        StringBuilder lexeme = null;
        for (int k = 0; k < tsquery.length(); k++) {
            char c = tsquery.charAt(k);
            if (lexeme == null) {
                if (c == '\'') {
                    lexeme = new StringBuilder();
                }
            }
            else if (c == '\\' && k + 1 < tsquery.length()) {
                lexeme.append(tsquery.charAt(++k));
            }
            else if (c == '\'' && k + 1 < tsquery.length() && tsquery.charAt(k + 1) == '\'') {
                lexeme.append(c);
                k++;
            }
            else if (c == '\'') {
                if (!lexeme.isEmpty()) {
                    lexemes.add(lexeme.toString());
                }
                lexeme = null;
            }
            else {
                lexeme.append(c);
            }
        }
        return lexemes;
    }

    /** Sees a character of a tsquery's text and its index; returns whether to go on. */
    @FunctionalInterface
    private interface Visitor {

        boolean visit(int index, char c);

    }

}
