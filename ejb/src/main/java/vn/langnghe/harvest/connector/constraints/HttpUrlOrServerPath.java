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
import vn.langnghe.harvest.connector.WebAddress;

/**
 * Where a file is: a text that starts with {@code http:} or {@code https:} is checked as a web address
 * (with {@link WebAddress}'s reasons), anything else as an absolute path on the server.
 */
@Constraint(validatedBy = HttpUrlOrServerPath.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HttpUrlOrServerPath {

    String message() default "must be an http(s) URL or an absolute path on the server";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<HttpUrlOrServerPath, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String location = value == null ? "" : value.strip();
            String problem;
            if (WebAddress.looksLikeOne(location)) {
                problem = WebAddress.complaint(location);
            } else if (location.isEmpty()) {
                return false;
            } else {
                problem = ServerPath.Check.problem(location, "must be an http(s) URL or an absolute path on the server");
            }
            if (problem == null) {
                return true;
            }
            LiteralMessage.report(context, problem);
            return false;
        }
    }
}
