package org.evidencecatalogue.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tsquery as PostgreSQL writes it ({@code 'qualiti' <2> 'life' & ( 'anakinra' | 'd:25' )}): its lexemes
 * are quoted, a quote inside one doubled and a backslash escaping the next character; everything outside quotes is
 * operators, parentheses and spaces.
 */
final class TsqueryText {

    private TsqueryText() {
    }

    /** The quoted lexemes, unescaped ({@code 'it''s'} is it's), in the order written, repeats included. */
    static List<String> lexemes(String tsquery) {
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

    /** The parts joined by {@code &} outside parentheses and quotes. */
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

    /** Whether any of the operators' characters is written outside quotes. */
    static boolean hasOperator(String tsquery, String operators) {
        boolean[] found = { false };
        unquoted(tsquery, (k, c) -> {
            found[0] = operators.indexOf(c) >= 0;
            return !found[0];
        });
        return found[0];
    }

    /**
     * Shows each character outside the quoted lexemes to the visitor, with its index, until the visitor returns
     * false.
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

    /** Sees a character outside quotes and its index; returns whether to go on. */
    @FunctionalInterface
    private interface Visitor {

        boolean visit(int index, char c);

    }

}
