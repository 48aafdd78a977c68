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
 * A web address the connector can send requests to, as {@link WebAddress} checks it; the message gives
 * its reason ("feedUrl must be an http(s) URL: \"x y\" ..."). Unlike most constraints, a missing value
 * is a problem too: a connector cannot work without its address.
 */
@Constraint(validatedBy = HttpUrl.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HttpUrl {

    /** Replaced by {@link WebAddress}'s reason. */
    String message() default "must be an http(s) URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<HttpUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String complaint = WebAddress.complaint(value);
            if (complaint == null) {
                return true;
            }
            LiteralMessage.report(context, complaint);
            return false;
        }
    }
}
