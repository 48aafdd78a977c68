package vn.langnghe.harvest.connector.bulkimport;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.format.DateTimeFormatter;
import vn.langnghe.harvest.connector.constraints.LiteralMessage;

/**
 * How the import's dates are written: empty (ISO), one of the names {@link RowMapper} knows, or a
 * {@link DateTimeFormatter} pattern; the message quotes the pattern and says what is wrong with it.
 */
@Constraint(validatedBy = DateFormat.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DateFormat {

    /** Replaced by the pattern's own problem. */
    String message() default "is not ISO, EPOCH_SECONDS, EPOCH_MILLIS or a date pattern";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<DateFormat, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String format = value == null || value.isBlank() ? "ISO" : value.strip();
            if (RowMapper.isNamed(format)) {
                return true;
            }
            try {
                DateTimeFormatter.ofPattern(format);
                return true;
            } catch (IllegalArgumentException e) {
                LiteralMessage.report(context, "\"" + format + "\" is not ISO, EPOCH_SECONDS, EPOCH_MILLIS or a date "
                        + "pattern (" + e.getMessage() + ")");
                return false;
            }
        }
    }
}
