package org.evidencecatalogue.curation;

import org.springframework.beans.BeansException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What an "add row" or "remove row" button asks for: its value is {@code add:<list>} or
 * {@code remove:<list>:<index>}, e.g. {@code remove:outcomes:2}.
 */
record RowCommand(boolean add, String list, int index) {

    /** A button value that no form of ours sends is a bad request, not a server error. */
    static RowCommand parse(String value) {
        String[] parts = (value == null) ? new String[0] : value.split(":", -1);
        try {
            if (parts.length == 2 && parts[0].equals("add")) {
                return new RowCommand(true, parts[1], -1);
            }
            if (parts.length == 3 && parts[0].equals("remove")) {
                return new RowCommand(false, parts[1], Integer.parseInt(parts[2]));
            }
        }
        catch (NumberFormatException ex) {
            // falls through to the refusal below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a row command: " + value);
    }

    void applyTo(RecordForm form) {
        try {
            if (this.add) {
                form.addRow(this.list);
            }
            else {
                form.removeRow(this.list, this.index);
            }
        }
        catch (IllegalArgumentException | BeansException ex) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a list of rows: " + this.list, ex);
        }
    }

}
