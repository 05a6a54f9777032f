package org.evidencecatalogue.shared;

/** Thrown when a page asks for a record that does not exist; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;

    private final String key;

    public NotFoundException(String kind, String key) {
        super(kind + " '" + key + "' was not found");
        this.kind = kind;
        this.key = key;
    }

    public String getKind() {
        return this.kind;
    }

    public String getKey() {
        return this.key;
    }

}
