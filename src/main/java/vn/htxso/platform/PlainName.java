package vn.htxso.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The one check of a name a person types (display name, product, shop, shipping name, token name): no control
 * characters (NUL, CR, LF, tab …), no bidirectional overrides or isolates (which make "gpj.exe" read as "exe.jpg"),
 * and something visible (a name of zero-width characters only is refused). {@code null} is left to
 * {@code @NotBlank}. Services call {@link Names#isPlain} for input that does not come through a form or request record.
 */
@Documented
@Constraint(validatedBy = PlainName.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainName {

    String message() default "{platform.name.plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator behind the annotation. */
    class Check implements ConstraintValidator<PlainName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Names.isPlain(value);
        }
    }
}
