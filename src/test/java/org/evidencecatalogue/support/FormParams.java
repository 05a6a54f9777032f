package org.evidencecatalogue.support;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.ReflectionUtils;

/** A form object as the request parameters a browser would send for it, as if it were submitted unchanged. */
public final class FormParams {

    private FormParams() {
    }

    public static MultiValueMap<String, String> of(Object form) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        add(form, "", params);
        return params;
    }

    /** Every text field's parameter name, for filling them all with the same text. */
    public static Map<String, String> textFields(Object form, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        of(form).forEach((name, values) -> {
            if (values.size() == 1 && wrapper.getPropertyType(name) == String.class) {
                fields.put(name, text);
            }
        });
        return fields;
    }

    private static void add(Object bean, String prefix, MultiValueMap<String, String> params) {
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(bean);
        ReflectionUtils.doWithFields(bean.getClass(), (field) -> {
            if (Modifier.isStatic(field.getModifiers()) || !wrapper.isReadableProperty(field.getName())) {
                return;
            }
            String name = prefix + field.getName();
            Object value = wrapper.getPropertyValue(field.getName());
            if (value instanceof Collection<?> collection) {
                int index = 0;
                for (Object element : collection) {
                    if (isSimple(element)) {
                        params.add(name, text(element));
                    }
                    else {
                        add(element, name + "[" + index++ + "].", params);
                    }
                }
            }
            else if (value == null || isSimple(value)) {
                params.add(name, text(value));
            }
            else {
                add(value, name + ".", params);
            }
        });
    }

    private static boolean isSimple(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof TemporalAccessor;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

}
