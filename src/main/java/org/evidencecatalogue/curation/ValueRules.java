package org.evidencecatalogue.curation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.evidencecatalogue.shared.InvalidValueException;

/**
 * Cross-field rules that the domain's value objects already enforce (an estimate within its confidence
 * interval, no more events than participants, a dose with its unit…). The form builds each value object
 * from its fields; a refusal becomes an error on the field the form names, with the value object's rule as
 * the message key. The rules live in one place: the value objects.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValueRules.Validator.class)
public @interface ValueRules {

    String message() default "{value.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form part that can try to build its value objects. */
    interface Checked {

        void checkValues(Check check);

    }

    /** Builds one value object and, if its constructor refuses, reports the rule on {@code field}. */
    @FunctionalInterface
    interface Check {

        void that(String field, Runnable build);

    }

    class Validator implements ConstraintValidator<ValueRules, Checked> {

        @Override
        public boolean isValid(Checked form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean[] valid = { true };
            form.checkValues((field, build) -> {
                try {
                    build.run();
                }
                catch (InvalidValueException ex) {
                    valid[0] = false;
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("{" + ex.getCode() + "}")
                        .addPropertyNode(field)
                        .addConstraintViolation();
                }
            });
            return valid[0];
        }

    }

}
