package vn.langnghe.harvest.connector.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number from {@code min} to {@code max}, both included: "pageSize must be between 1 and 500".
 * Made of {@link Min} and {@link Max} so that the bounds are written once and reported as one problem.
 * Repeatable for a bound that depends on the mode (one per constraint group).
 */
@Min(0)
@Max(0)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(Between.List.class)
public @interface Between {

    @OverridesAttribute(constraint = Min.class, name = "value")
    long min();

    @OverridesAttribute(constraint = Max.class, name = "value")
    long max();

    String message() default "must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target({FIELD, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        Between[] value();
    }
}
