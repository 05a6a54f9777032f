package org.evidencecatalogue.shared;

/**
 * A value object refused its arguments. {@code code} names the broken rule so that forms can show it as a
 * message next to the field, while the rule itself stays in the value object.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String code;

    public InvalidValueException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A message key, e.g. {@code value.proportion.eventsExceedTotal}. */
    public String getCode() {
        return this.code;
    }

}
