package vn.htxso.assessment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import vn.htxso.assessment.AnswerInput;
import vn.htxso.assessment.AssessmentModel;
import vn.htxso.assessment.Assessments;
import vn.htxso.assessment.ItemKind;
import vn.htxso.assessment.ScoreCard;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.CooperativeId;

/** API.md: the current HTX-DMI model (public) and a co-op manager's assessment. */
@RestController
@RequestMapping("/api/v1")
class AssessmentApiController {

    private final Assessments assessments;
    private final MessageSource messages;

    AssessmentApiController(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/assessment-model")
    ModelResponse model() {
        Locale locale = LocaleContextHolder.getLocale();
        AssessmentModel model = assessments.currentModel();
        return new ModelResponse(model.version(), model.dimensions().stream()
                .map(d -> new DimensionResponse(d.code(), d.name(locale), d.items().stream()
                        .map(i -> new ItemResponse(i.code(), i.text(locale), i.kind(), i.maxValue(),
                                i.takesOptions() ? options(i, locale) : List.of(),
                                i.takesOptions() ? List.of() : options(i, locale)))
                        .toList()))
                .toList());
    }

    @PostMapping("/cooperatives/{id}/assessments")
    ResponseEntity<AssessmentResponse> assess(CurrentUser user, @PathVariable UUID id,
                                              @Valid @RequestBody AssessmentRequest body) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (AnswerRequest answer : body.answers()) {
            inputs.add(answer == null ? null : new AnswerInput(answer.itemCode(), value(answer.value())));
        }
        Assessments.Completed completed = assessments.submit(user, new CooperativeId(id), inputs);
        ScoreCard card = completed.card();
        Locale locale = LocaleContextHolder.getLocale();
        AssessmentResponse response = new AssessmentResponse(completed.id().value(), completed.modelVersion(),
                card.score(), card.maxScore(), card.level(),
                messages.getMessage("assessment.level." + card.level(), null, locale),
                card.dimensions().stream().map(d -> new DimensionScoreResponse(d.code(), d.score(), d.maxScore())).toList(),
                new DbiResponse(card.dbiScore(), card.dbiLevel()));
        return ResponseEntity.created(URI.create("/api/v1/cooperatives/" + id + "/assessments/" + completed.id()))
                .body(response);
    }

    private static List<OptionResponse> options(AssessmentModel.Item item, Locale locale) {
        return item.options().stream().map(o -> new OptionResponse(o.code(), o.label(locale))).toList();
    }

    /** JSON value → number, list of option codes, or the node itself (a wrong type). */
    private static Object value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            // 1e400 arrives as an infinite double: no number at all, refused by the answer's validation (400)
            if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                return node.toString();
            }
            return node.decimalValue();
        }
        if (node.isArray()) {
            List<Object> codes = new ArrayList<>();
            node.forEach(element -> codes.add(element.isString() ? element.stringValue() : element));
            return codes;
        }
        return node;
    }

    record AssessmentRequest(@NotNull(message = "{assessment.api.answers.required}")
                             @Size(max = 500, message = "{assessment.api.answers.tooMany}") List<AnswerRequest> answers) {
    }

    record AnswerRequest(String itemCode, JsonNode value) {
    }

    record ModelResponse(int version, List<DimensionResponse> dimensions) {
    }

    record DimensionResponse(String code, String name, List<ItemResponse> items) {
    }

    /**
     * @param options the codes a client ticks (the value is then a list of them): checklists and listed needs
     * @param steps what the numbers of a ladder or a threshold mean (the value is then a number)
     */
    record ItemResponse(String code, String text, ItemKind kind, BigDecimal maxValue, List<OptionResponse> options,
                        List<OptionResponse> steps) {
    }

    record OptionResponse(String code, String text) {
    }

    record AssessmentResponse(UUID id, int modelVersion, double score, double maxScore, int level, String levelName,
                              List<DimensionScoreResponse> dimensions, DbiResponse dbi) {
    }

    record DimensionScoreResponse(String code, double score, double maxScore) {
    }

    record DbiResponse(double score, int level) {
    }
}
