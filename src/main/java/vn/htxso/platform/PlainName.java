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
 * {@code @NotBlank}. Services call {@link #isPlain} for input that does not come through a form or request record.
 */
@Documented
@Constraint(validatedBy = PlainName.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainName {

    String message() default "{platform.name.plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether a name is plain; {@code null} counts as plain (absence is another rule's business). */
    static boolean isPlain(String name) {
        if (name == null) {
            return true;
        }
        boolean visible = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                return false;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C) {
                return false;
            }
            if (type != Character.FORMAT && type != Character.SPACE_SEPARATOR && !Character.isWhitespace(c)
                    && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                visible = true;
            }
        }
        return visible || name.isEmpty();
    }

    /** The validator behind the annotation. */
    class Check implements ConstraintValidator<PlainName, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value);
        }
    }
}
