package org.evidencecatalogue.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Human labels for form paths, from the same messages the forms use for their own labels:
 * {@code arms[1].interventions[0].doseAmount} on a study reads "Arm 2 › Intervention 1 › Dose", from
 * {@code field.study.arms}, {@code field.study.arms.interventions} and
 * {@code field.study.arms.interventions.doseAmount}.
 */
@Component
public class FieldLabels {

    private static final Pattern STEP = Pattern.compile("([a-zA-Z]+)(?:\\[(\\d+)])?");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The message code of a field's label: indices dropped, {@code field.drug.approvals.agency}. */
    public String code(String kind, String path) {
        return "field." + kind + "." + path.replaceAll("\\[\\d+]", "");
    }

    /** An element id for a field: {@code outcomes[2].effectValue} → {@code outcomes-2-effectValue}. */
    public String id(String path) {
        return path.replace("[", "-").replace("]", "").replace('.', '-');
    }

    /** The ids of a field's hint and error, for aria-describedby; null when it has neither. */
    public String describedBy(String id, boolean hint, boolean error) {
        String ids = ((hint ? id + "-hint " : "") + (error ? id + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** "Arm 2", "Arm 2 › Intervention 1": the label of one row of a list, counting from 1. */
    public String rowLabel(String kind, String list, int index, Locale locale) {
        String label = label(kind, list + "[" + index + "].row", locale);
        return label.substring(0, label.lastIndexOf(" › "));
    }

    public String label(String kind, String path, Locale locale) {
        List<String> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder("field.").append(kind);
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            Matcher step = STEP.matcher(steps[i]);
            if (!step.matches()) {
                return path;
            }
            code.append('.').append(step.group(1));
            boolean row = step.group(2) != null;
            if (row && i < steps.length - 1) {
                parts.add(message(code.toString(), locale, Integer.parseInt(step.group(2)) + 1));
            }
            else {
                String label = message(code.toString(), locale);
                parts.add(row ? label + " " + (Integer.parseInt(step.group(2)) + 1) : label);
            }
        }
        return String.join(" › ", parts);
    }

    private String message(String code, Locale locale, Object... arguments) {
        String fallback = code.substring(code.lastIndexOf('.') + 1);
        return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { code }, arguments, fallback),
                locale);
    }

}
