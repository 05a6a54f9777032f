package org.evidencecatalogue.search;

import java.util.Locale;

/** The kinds of record a search finds, with the path of their pages. */
public enum SearchKind {

    DRUG("/drugs/"), CONDITION("/conditions/"), STUDY("/studies/"), DISCUSSION("/discussions/");

    private final String pathPrefix;

    SearchKind(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    /** The parameter value, e.g. {@code study}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    String lexeme() {
        return "k:" + parameter();
    }

    /** The page a hit links to. */
    public String path(String slug) {
        return this.pathPrefix + slug;
    }

}
