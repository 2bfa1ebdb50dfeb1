package vn.htxso.platform;

import org.springframework.http.HttpStatus;

/** Something that does not exist, or that the user may not know exists: both answer 404. */
public class NotFound extends BusinessRuleViolation {

    public NotFound(String what) {
        super(HttpStatus.NOT_FOUND, "error.notFound", what);
    }
}
