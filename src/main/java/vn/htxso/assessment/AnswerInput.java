package vn.htxso.assessment;

/**
 * One answer as a person or a client sent it, before validation: {@code value} is a number, a list of option codes,
 * text (from a form) or anything else (then it is a wrong type).
 */
public record AnswerInput(String itemCode, Object value) {
}
