package vn.htxso.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain that an input breaks. Carries a message key (resolved in the user's language), its
 * arguments and the HTTP status the API answers with. Pages show the message; the API answers problem+json.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final HttpStatus status;
    private final List<FieldProblem> fieldProblems;

    public BusinessRuleViolation(HttpStatus status, String messageKey, Object... arguments) {
        this(status, List.of(), messageKey, arguments);
    }

    public BusinessRuleViolation(HttpStatus status, List<FieldProblem> fieldProblems, String messageKey,
                                 Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    /** Problems tied to a field or a cell, already in words or as message keys (see {@link FieldProblem}). */
    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /**
     * One problem of one field. {@code messageKey} is resolved with {@code arguments} in the user's language.
     */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }
}
