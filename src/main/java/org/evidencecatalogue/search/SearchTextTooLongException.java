package org.evidencecatalogue.search;

/** Search text over {@link SearchRequest#MAX_TEXT_LENGTH} characters: answered with 400 and a clear message. */
public class SearchTextTooLongException extends RuntimeException {

    private final int length;

    SearchTextTooLongException(int length) {
        super("Search text of " + length + " characters; at most " + SearchRequest.MAX_TEXT_LENGTH + " are read");
        this.length = length;
    }

    public int getLength() {
        return this.length;
    }

}
