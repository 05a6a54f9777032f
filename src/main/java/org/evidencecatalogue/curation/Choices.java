package org.evidencecatalogue.curation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.validation.Errors;

/** Building a form's choices of other records, and refusing choices that are not (or no longer) offered. */
public final class Choices {

    private Choices() {
    }

    public static <T> List<Choice> of(Collection<T> records, Function<T, String> value, Function<T, String> label) {
        return records.stream().map((record) -> new Choice(value.apply(record), label.apply(record))).toList();
    }

    public static Set<String> values(List<Choice> choices) {
        return Set.copyOf(choices.stream().map(Choice::value).toList());
    }

    /** Rejects a chosen slug that is not among the offered ones; an empty choice is left to the form's rules. */
    public static void rejectUnknown(String field, String chosen, List<Choice> offered, Errors errors) {
        if (chosen != null && !values(offered).contains(chosen) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "curation.unknownChoice");
        }
    }

    public static void rejectUnknown(String field, Collection<String> chosen, List<Choice> offered, Errors errors) {
        if (chosen != null && !values(offered).containsAll(chosen)) {
            errors.rejectValue(field, "curation.unknownChoice");
        }
    }

}
