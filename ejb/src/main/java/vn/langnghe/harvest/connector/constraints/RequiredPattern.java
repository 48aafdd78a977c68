package vn.langnghe.harvest.connector.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text that must be given and match {@code regexp}, such as a platform's id or name; a missing and a
 * malformed value get the same message, which says what the field should hold ("pageId must be the
 * Page's id or username"). {@link Pattern} alone lets a missing value through.
 */
@NotNull
@Pattern(regexp = "")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RequiredPattern {

    @OverridesAttribute(constraint = Pattern.class, name = "regexp")
    String regexp();

    /** What the field should hold, after its name; no default, as only the field can say it. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
