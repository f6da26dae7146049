package com.journeycrm.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text without control characters or text-direction overrides ({@link TextRules#hasForbiddenCharacter}); tabs and
 * line breaks only in a {@code multiLine} field. Text over the length limit is left to the field's {@code @Size}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String MESSAGE = "{validation.plainText.multiLine}";
    String SINGLE_LINE_MESSAGE = "{validation.plainText.singleLine}";

    String message() default SINGLE_LINE_MESSAGE;

    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.length() > 100_000 || !TextRules.hasForbiddenCharacter(value, multiLine);
        }
    }
}
