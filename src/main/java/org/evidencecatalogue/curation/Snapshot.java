package org.evidencecatalogue.curation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.util.ReflectionUtils;

/**
 * A form flattened into readable values by property path, in the order the form declares its fields:
 * {@code name → "Anakinra"}, {@code aliases[0].name → "Kineret"}. Two snapshots compare field by field, which
 * is how history shows what a revision changed and a conflict shows what someone else changed. Forms are
 * compared rather than entities because a form holds exactly what a curator can see and change.
 */
public final class Snapshot {

    private static final Set<String> SKIPPED = Set.of("version");

    private final Map<String, String> values;

    private Snapshot(Map<String, String> values) {
        this.values = values;
    }

    public static Snapshot of(Object form) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(form, "", values);
        return new Snapshot(values);
    }

    /** A snapshot with one more value, e.g. whether the record was deleted at that revision. */
    public Snapshot with(String path, String value) {
        Map<String, String> copy = new LinkedHashMap<>(this.values);
        copy.put(path, value);
        return new Snapshot(copy);
    }

    public Map<String, String> values() {
        return this.values;
    }

    public String get(String path) {
        return this.values.getOrDefault(path, "");
    }

    /** The paths whose values differ, in this snapshot's order followed by paths only the other one has. */
    public List<String> changedFrom(Snapshot before) {
        Map<String, Boolean> paths = new LinkedHashMap<>();
        this.values.keySet().forEach((path) -> paths.put(path, true));
        before.values.keySet().forEach((path) -> paths.put(path, true));
        return paths.keySet().stream().filter((path) -> !before.get(path).equals(get(path))).toList();
    }

    private static void flatten(Object bean, String prefix, Map<String, String> values) {
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(bean);
        ReflectionUtils.doWithFields(bean.getClass(), (field) -> {
            String name = field.getName();
            if (!wrapper.isReadableProperty(name) || (prefix.isEmpty() && SKIPPED.contains(name))) {
                return;
            }
            put(prefix + name, wrapper.getPropertyValue(name), values);
        }, (field) -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic());
    }

    private static void put(String path, Object value, Map<String, String> values) {
        if (value instanceof Collection<?> collection) {
            // A list of plain values reads as one value; a list of rows as one group of fields per row.
            // An empty list writes nothing: a missing path reads as empty.
            if (collection.stream().allMatch(Snapshot::isSimple)) {
                if (!collection.isEmpty()) {
                    values.put(path, String.join("; ", collection.stream().map(Snapshot::text).toList()));
                }
                return;
            }
            int index = 0;
            for (Object element : collection) {
                put(path + "[" + index++ + "]", element, values);
            }
        }
        else if (value == null || isSimple(value)) {
            values.put(path, text(value));
        }
        else {
            flatten(value, path + ".", values);
        }
    }

    private static boolean isSimple(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof TemporalAccessor;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "yes" : "no";
        }
        if (value instanceof Enum<?> constant) {
            // The catalogue's vocabularies read as their labels ("Brand name"), not as constants (BRAND).
            Method label = ReflectionUtils.findMethod(constant.getDeclaringClass(), "label");
            if (label == null) {
                return constant.name();
            }
            ReflectionUtils.makeAccessible(label);
            return String.valueOf(ReflectionUtils.invokeMethod(label, constant));
        }
        return value.toString();
    }

    /** For tests and logs. */
    @Override
    public String toString() {
        return this.values.toString();
    }

}
