package org.evidencecatalogue.search;

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
        for (String part : TsqueryText.parts(tsquery)) {
            if (!TsqueryText.hasOperator(part, "|!")) {
                for (String lexeme : TsqueryText.lexemes(part)) {
                    if (!lexeme.contains(":")) {
                        required.add(lexeme);
                    }
                }
            }
        }
        return List.copyOf(required);
    }

}
