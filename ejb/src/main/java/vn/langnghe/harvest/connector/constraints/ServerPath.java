package vn.langnghe.harvest.connector.constraints;

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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * An absolute path on the server: a relative one would depend on the directory Payara was started
 * from. A missing value passes (pair it with {@code @NotBlank} where one is needed); whether the path
 * exists and may be read is the connector's business, when it runs.
 */
@Constraint(validatedBy = ServerPath.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ServerPath {

    /** Replaced by the reason: a relative path, or no path at all. */
    String message() default "must be an absolute path";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ServerPath, String> {
        static final String NOT_A_PATH = "is not a valid path";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String problem = problem(value, "must be an absolute path");
            if (problem == null) {
                return true;
            }
            LiteralMessage.report(context, problem);
            return false;
        }

        /**
         * Null when {@code value} is an absolute path, {@code whenRelative} when it is a relative one,
         * {@link #NOT_A_PATH} when it is no path at all.
         */
        static String problem(String value, String whenRelative) {
            try {
                return Path.of(value).isAbsolute() ? null : whenRelative;
            } catch (InvalidPathException e) {
                return NOT_A_PATH;
            }
        }
    }
}
