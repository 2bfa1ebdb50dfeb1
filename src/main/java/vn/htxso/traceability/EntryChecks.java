package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;

/** What a valid diary entry and a valid lot quantity are: field problems with their message keys. */
final class EntryChecks {

    private EntryChecks() {
    }

    /** Throws a 422 {@link BusinessRuleViolation} with every field problem of the entry, dated up to {@code today}. */
    static void check(LogEntry e, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.kind() == null) {
            problems.add(new FieldProblem("kind", "traceability.log.kind.required"));
        }
        if (e.plotId() == null) {
            problems.add(new FieldProblem("plotId", "traceability.log.plot.required"));
        }
        if (e.date() == null || e.date().isAfter(today) || e.date().isBefore(today.minusYears(5))) {
            problems.add(new FieldProblem("date", "traceability.log.date.invalid"));
        }
        if (e.kind() != null) {
            switch (e.kind()) {
                case ACTIVITY -> require(problems, "activity", e.activity(), 200);
                case SEEDING -> require(problems, "product", e.product(), 160);
                case OBSERVATION -> require(problems, "notes", e.notes(), 1000);
                case INPUT -> {
                    if (e.inputType() == null) {
                        problems.add(new FieldProblem("inputType", "traceability.log.inputType.required"));
                    }
                    require(problems, "product", e.product(), 160);
                    require(problems, "dose", e.dose(), 80);
                    if (e.inputType() == InputType.PESTICIDE) {
                        require(problems, "activeIngredient", e.activeIngredient(), 160);
                        if (e.phiDays() == null || e.phiDays() < 0 || e.phiDays() > 365) {
                            problems.add(new FieldProblem("phiDays", "traceability.log.phiDays.invalid"));
                        }
                    }
                }
                case HARVEST -> {
                    quantity(problems, e.quantity());
                    if (e.unit() == null) {
                        problems.add(new FieldProblem("unit", "traceability.log.unit.required"));
                    }
                    if (e.harvestProduct() != null && e.harvestProduct().length() > 160) {
                        problems.add(new FieldProblem("harvestProduct", "traceability.field.tooLong"));
                    }
                }
                case LAB_TEST -> {
                    require(problems, "labName", e.labName(), 160);
                    require(problems, "labResult", e.labResult(), 500);
                }
                default -> {
                }
            }
        }
        if (e.correctsLogId() != null && e.kind() == LogKind.HARVEST) {
            problems.add(new FieldProblem("kind", "traceability.log.correction.noHarvest"));
        }
        if (e.notes() != null && e.notes().length() > 1000) {
            problems.add(new FieldProblem("notes", "traceability.field.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "error.422");
        }
    }

    static void quantity(List<FieldProblem> problems, BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(new BigDecimal("99999999")) > 0
                || quantity.stripTrailingZeros().scale() > 3) {
            problems.add(new FieldProblem("quantity", "traceability.quantity.invalid"));
        }
    }

    private static void require(List<FieldProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "traceability.field.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "traceability.field.tooLong"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
