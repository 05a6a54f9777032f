package org.evidencecatalogue.curation;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.convert.TypeDescriptor;

/**
 * Adds and removes rows of a form's list properties by path. The path comes from the request, so only plain
 * property paths are accepted, the list's element type must be one of the form's own row classes, and a list
 * never grows beyond {@link #MAX_ROWS}.
 */
final class Rows {

    static final int MAX_ROWS = 200;

    private static final Pattern PATH = Pattern.compile("[a-zA-Z]{1,40}(\\[\\d{1,3}]\\.[a-zA-Z]{1,40})*");

    private Rows() {
    }

    static void add(Object form, String path) {
        BeanWrapper wrapper = wrap(form, path);
        List<Object> rows = rows(wrapper, path);
        if (rows.size() < MAX_ROWS) {
            rows.add(BeanUtils.instantiateClass(elementType(wrapper, path, form)));
        }
    }

    static void remove(Object form, String path, int index) {
        BeanWrapper wrapper = wrap(form, path);
        List<Object> rows = rows(wrapper, path);
        elementType(wrapper, path, form);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    private static BeanWrapper wrap(Object form, String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a row path: " + path);
        }
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        wrapper.setAutoGrowNestedPaths(false);
        return wrapper;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rows(BeanWrapper wrapper, String path) {
        if (!(wrapper.getPropertyValue(path) instanceof List<?> list)) {
            throw new IllegalArgumentException("Not a list of rows: " + path);
        }
        return (List<Object>) list;
    }

    private static Class<?> elementType(BeanWrapper wrapper, String path, Object form) {
        TypeDescriptor type = wrapper.getPropertyTypeDescriptor(path);
        TypeDescriptor element = (type != null) ? type.getElementTypeDescriptor() : null;
        if (element == null || !element.getType().getPackageName().equals(form.getClass().getPackageName())) {
            throw new IllegalArgumentException("Not a list of rows: " + path);
        }
        return element.getType();
    }

}
