package vn.htxso.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** Something that does not exist, or that the user may not know exists: both answer 404. */
public class NotFound extends BusinessRuleViolation {

    /** {@code what} names the thing; its words come from the key {@code error.thing.<what>} (else {@code what}). */
    public NotFound(String what) {
        super(HttpStatus.NOT_FOUND, "error.notFound",
                new DefaultMessageSourceResolvable(new String[] {"error.thing." + what}, what));
    }
}
