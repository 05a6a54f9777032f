package org.evidencecatalogue.curation;

import java.beans.PropertyEditorSupport;

/**
 * How typed text binds: blank becomes null (an empty optional field), surrounding space goes, and the CR LF
 * line breaks browsers send become the LF the catalogue stores, so an unchanged text never shows as changed.
 */
class FormText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
        }
        else {
            setValue(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        }
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return (value != null) ? value.toString() : "";
    }

}
