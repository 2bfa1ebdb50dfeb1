package vn.htxso.platform;

import org.springframework.http.HttpStatus;

/** The user is signed in but this is outside their scope. */
public class Forbidden extends BusinessRuleViolation {

    public Forbidden() {
        super(HttpStatus.FORBIDDEN, "error.403");
    }
}
