package vn.htxso.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;

import vn.htxso.assessment.AssessmentModel.Item;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;

/** Checks answers against a model version: known items, values of the right type and in range. */
final class AnswerValidation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AnswerValidation() {
    }

    /**
     * Validated answers by item code, or a 400 violation listing every problem.
     *
     * @param fieldPrefix how fields are named in problems, e.g. {@code answers} → {@code answers[2].value}
     * @param textNumbers whether text holding a number is accepted (forms), or a wrong type (API)
     */
    static Map<String, Answer> validate(AssessmentModel model, List<AnswerInput> inputs, String fieldPrefix,
                                        boolean textNumbers) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Answer> answers = check(model, inputs, fieldPrefix, textNumbers, problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, problems, "assessment.answer.invalid");
        }
        return answers;
    }

    /** The valid answers by item code; every problem found is added to {@code problems} (none thrown). */
    static Map<String, Answer> check(AssessmentModel model, List<AnswerInput> inputs, String fieldPrefix,
                                     boolean textNumbers, List<FieldProblem> problems) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            AnswerInput input = inputs.get(i);
            String field = fieldPrefix == null ? (input == null ? "answers" : input.itemCode()) : fieldPrefix + "[" + i + "]";
            if (input == null || input.itemCode() == null || input.itemCode().isBlank()) {
                problems.add(new FieldProblem(field + (fieldPrefix == null ? "" : ".itemCode"), "assessment.answer.itemRequired"));
                continue;
            }
            Item item = model.item(input.itemCode()).orElse(null);
            if (item == null) {
                problems.add(new FieldProblem(fieldPrefix == null ? field : field + ".itemCode", "assessment.answer.unknownItem",
                        input.itemCode()));
                continue;
            }
            if (!seen.add(item.code())) {
                problems.add(new FieldProblem(fieldPrefix == null ? field : field + ".itemCode", "assessment.answer.duplicate",
                        item.code()));
                continue;
            }
            String valueField = fieldPrefix == null ? field : field + ".value";
            Object value = input.value();
            if (item.takesOptions()) {
                Set<String> codes = new LinkedHashSet<>();
                if (value instanceof List<?> list) {
                    boolean ok = true;
                    for (Object element : list) {
                        if (!(element instanceof String code)) {
                            ok = false;
                            break;
                        }
                        if (item.option(code).isEmpty()) {
                            problems.add(new FieldProblem(valueField, "assessment.answer.unknownOption", code, item.code()));
                            ok = false;
                            break;
                        }
                        codes.add(code);
                    }
                    if (ok) {
                        answers.put(item.code(), new Answer(null, codes, EvidenceStatus.NONE));
                    } else if (problems.isEmpty() || !problems.get(problems.size() - 1).field().equals(valueField)) {
                        problems.add(new FieldProblem(valueField, "assessment.answer.notOptions", item.code()));
                    }
                } else if (value == null) {
                    answers.put(item.code(), new Answer(null, Set.of(), EvidenceStatus.NONE));
                } else {
                    problems.add(new FieldProblem(valueField, "assessment.answer.notOptions", item.code()));
                }
                continue;
            }
            BigDecimal number = number(value, textNumbers);
            if (value == null || (value instanceof String s && s.isBlank())) {
                continue; // not answered: counts as 0
            }
            if (number == null) {
                problems.add(new FieldProblem(valueField, "assessment.answer.notNumber", item.code()));
                continue;
            }
            BigDecimal max = switch (item.kind()) {
                case LADDER -> BigDecimal.valueOf(5);
                case SHARE -> HUNDRED;
                case EVIDENCE -> BigDecimal.ONE;
                default -> item.maxValue();
            };
            boolean whole = item.kind() == ItemKind.LADDER || item.kind() == ItemKind.EVIDENCE;
            if (number.signum() < 0 || number.compareTo(max) > 0
                    || (whole && number.stripTrailingZeros().scale() > 0)) {
                problems.add(new FieldProblem(valueField, "assessment.answer.outOfRange", item.code(), 0,
                        max.stripTrailingZeros().toPlainString()));
                continue;
            }
            answers.put(item.code(), new Answer(number.setScale(2, RoundingMode.HALF_UP), Set.of(), EvidenceStatus.NONE));
        }
        return answers;
    }

    private static BigDecimal number(Object value, boolean textNumbers) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof java.math.BigInteger b) {
            return new BigDecimal(b);
        }
        if (textNumbers && value instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
