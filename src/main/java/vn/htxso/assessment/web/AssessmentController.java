package vn.htxso.assessment.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.assessment.AnswerInput;
import vn.htxso.assessment.AssessmentDrafts;
import vn.htxso.assessment.AssessmentId;
import vn.htxso.assessment.AssessmentModel;
import vn.htxso.assessment.EvidenceUpload;
import vn.htxso.assessment.ItemKind;
import vn.htxso.assessment.CourseSuggestions;
import vn.htxso.assessment.PackageSuggestions;
import vn.htxso.assessment.ScoreCard;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.assessment.StoredAnswer;
import vn.htxso.assessment.EvidenceFile;

/** The co-op's questionnaire in steps, its results, and the evidence an alliance officer verifies. */
@Controller
class AssessmentController {

    private final AssessmentDrafts drafts;
    private final List<PackageSuggestions> suggestions;
    private final List<CourseSuggestions> courses;
    private final List<vn.htxso.assessment.PackageOutcomes> outcomes;

    AssessmentController(AssessmentDrafts drafts, List<PackageSuggestions> suggestions,
                         List<CourseSuggestions> courses, List<vn.htxso.assessment.PackageOutcomes> outcomes) {
        this.courses = courses;
        this.outcomes = outcomes;
        this.drafts = drafts;
        this.suggestions = suggestions;
    }

    @GetMapping("/assessment")
    String index(CurrentUser user, Model model) {
        if (user != null && user.isAdmin() && user.organisationId() == null) {
            return "redirect:/assessment/overview";
        }
        model.addAttribute("history", drafts.history(user));
        model.addAttribute("canStart", user != null && user.has(vn.htxso.platform.Role.COOP_MANAGER)
                && user.organisationId() != null);
        return "assessment/index";
    }

    @PostMapping("/assessment/start")
    String start(CurrentUser user) {
        AssessmentId id = drafts.startOrResume(user);
        AssessmentDrafts.Draft draft = drafts.draft(user, id);
        int step = Math.min(draft.row().currentStep() + 1, draft.model().dimensions().size() + 1);
        return "redirect:/assessment/" + id + "/step/" + step;
    }

    @GetMapping("/assessment/{id}/step/{step}")
    String step(CurrentUser user, @PathVariable UUID id, @PathVariable int step, Model model) {
        AssessmentDrafts.Draft draft = drafts.draft(user, new AssessmentId(id));
        return stepPage(draft, step, model, Map.of());
    }

    @PostMapping("/assessment/{id}/step/{step}")
    String saveStep(CurrentUser user, @PathVariable UUID id, @PathVariable int step,
                    @RequestParam(defaultValue = "next") String action,
                    @RequestParam org.springframework.util.MultiValueMap<String, MultipartFile> files,
                    HttpServletRequest request, Model model,
                    HttpServletResponse response, RedirectAttributes flash) throws IOException {
        AssessmentId assessment = new AssessmentId(id);
        AssessmentDrafts.Draft draft = drafts.draft(user, assessment);
        List<AssessmentModel.Dimension> dimensions = draft.model().dimensions();
        if (step < 1 || step > dimensions.size()) {
            return "redirect:/assessment/" + id + "/step/" + (dimensions.size() + 1);
        }
        List<AnswerInput> inputs = new ArrayList<>();
        List<EvidenceUpload> evidence = new ArrayList<>();
        for (AssessmentModel.Item item : dimensions.get(step - 1).items()) {
            String name = "a-" + item.code();
            if (item.takesOptions()) {
                String[] values = request.getParameterValues(name);
                inputs.add(new AnswerInput(item.code(), values == null ? List.of() : List.of(values)));
            } else {
                inputs.add(new AnswerInput(item.code(), request.getParameter(name)));
            }
            if (item.kind() == ItemKind.EVIDENCE) {
                MultipartFile file = files.getFirst("file-" + item.code());
                evidence.add(new EvidenceUpload(item.code(), request.getParameter("link-" + item.code()),
                        file == null ? null : file.getOriginalFilename(),
                        file == null || file.isEmpty() ? null : file.getBytes()));
            }
        }
        return FormSubmission.of(model, response)
                .onFailure(() -> {
                    model.addAttribute("values", values(draft, request.getParameterMap()));
                    return stepPage(drafts.draft(user, assessment), step, model,
                            byField((BusinessRuleViolation) model.getAttribute(FormSubmission.PROBLEM)));
                })
                .submit(() -> {
                    drafts.saveStep(user, assessment, step, inputs, evidence);
                    if ("later".equals(action)) {
                        flash.addFlashAttribute("flash", "assessment.step.savedForLater");
                        return "redirect:/assessment";
                    }
                    int next = "back".equals(action) ? Math.max(1, step - 1) : step + 1;
                    return "redirect:/assessment/" + id + "/step/" + next;
                });
    }

    private static Map<String, List<BusinessRuleViolation.FieldProblem>> byField(BusinessRuleViolation violation) {
        Map<String, List<BusinessRuleViolation.FieldProblem>> problems = new java.util.HashMap<>();
        violation.fieldProblems().forEach(p -> problems.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p));
        return problems;
    }

    private String stepPage(AssessmentDrafts.Draft draft, int step, Model model,
                            Map<String, List<BusinessRuleViolation.FieldProblem>> problems) {
        int steps = draft.model().dimensions().size();
        model.addAttribute("draft", draft);
        model.addAttribute("step", step);
        model.addAttribute("steps", steps);
        model.addAttribute("problems", problems);
        if (step > steps) {
            model.addAttribute("answered", answeredPerDimension(draft));
            return "assessment/review";
        }
        if (step < 1) {
            throw new vn.htxso.platform.NotFound("step");
        }
        model.addAttribute("dimension", draft.model().dimensions().get(step - 1));
        model.addAttribute("answers", draft.answers());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", values(draft, Map.of()));
        }
        return "assessment/step";
    }

    /** The values to show in the form: what was just sent (after an error), else what is stored. */
    private static Map<String, List<String>> values(AssessmentDrafts.Draft draft, Map<String, String[]> submitted) {
        Map<String, List<String>> values = new java.util.HashMap<>();
        draft.answers().forEach((code, stored) -> {
            List<String> v = new ArrayList<>(stored.options());
            if (stored.number() != null) {
                v.add(stored.number().stripTrailingZeros().toPlainString());
            }
            values.put("a-" + code, v);
            if (stored.evidenceLink() != null) {
                values.put("link-" + code, List.of(stored.evidenceLink()));
            }
        });
        if (!submitted.isEmpty()) {
            draft.model().items().forEach(i -> values.remove("a-" + i.code()));
            submitted.forEach((name, v) -> values.put(name, List.of(v)));
        }
        return values;
    }

    private static List<int[]> answeredPerDimension(AssessmentDrafts.Draft draft) {
        List<int[]> counts = new ArrayList<>();
        for (AssessmentModel.Dimension d : draft.model().dimensions()) {
            int answered = (int) d.items().stream().filter(i -> {
                StoredAnswer s = draft.answers().get(i.code());
                return s != null && (s.number() != null || !s.options().isEmpty());
            }).count();
            counts.add(new int[] {answered, d.items().size()});
        }
        return counts;
    }

    @PostMapping("/assessment/{id}/complete")
    String complete(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        drafts.complete(user, new AssessmentId(id));
        flash.addFlashAttribute("flash", "assessment.result.completed");
        return "redirect:/assessment/" + id;
    }

    @GetMapping("/assessment/{id}")
    String result(CurrentUser user, @PathVariable UUID id, java.util.Locale locale, Model model) {
        AssessmentDrafts.Result result = drafts.result(user, new AssessmentId(id));
        ScoreCard card = result.card();
        model.addAttribute("result", result);
        model.addAttribute("radar", RadarChart.of(card.dimensions().stream().map(ScoreCard.DimensionScore::percent).toList(), null,
                card.dimensions().stream().map(d -> result.model().dimension(d.code())
                        .map(dim -> dim.name(locale)).orElse(d.code())).toList()));
        List<ScoreCard.DimensionScore> sorted = new ArrayList<>(card.dimensions());
        sorted.sort(java.util.Comparator.comparingDouble(ScoreCard.DimensionScore::percent).reversed());
        model.addAttribute("strengths", sorted.stream().filter(d -> d.percent() >= 40).limit(2).toList());
        List<ScoreCard.DimensionScore> ascending = new ArrayList<>(sorted);
        java.util.Collections.reverse(ascending);
        model.addAttribute("gaps", ascending.stream().filter(d -> d.percent() < 60).limit(3).toList());
        model.addAttribute("suggestions", user != null && user.manages(result.row().organisationId())
                ? SuggestedStep.of(result.summary(), suggestions.stream()
                        .flatMap(s -> s.suggest(result.summary(), 5).stream()).limit(5).toList(), outcomes)
                : List.of());
        model.addAttribute("courses", user != null && (user.belongsTo(result.row().organisationId())
                || user.administers(result.row().provinceCode()))
                ? courses.stream().flatMap(s -> s.suggest(result.summary(), 6).stream()).limit(6).toList()
                : List.of());
        model.addAttribute("evidence", result.model().items().stream()
                .filter(i -> i.kind() == ItemKind.EVIDENCE && result.answers().containsKey(i.code())
                        && (result.answers().get(i.code()).fileId() != null || result.answers().get(i.code()).evidenceLink() != null))
                .toList());
        return "assessment/result";
    }

    @GetMapping("/assessment/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidenceFile(CurrentUser user, @PathVariable UUID id, @PathVariable UUID fileId) {
        EvidenceFile file = drafts.evidenceFile(user, new AssessmentId(id), fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/assessment/{id}/evidence/{item}")
    String verify(CurrentUser user, @PathVariable UUID id, @PathVariable String item, @RequestParam String decision,
                  RedirectAttributes flash) {
        boolean accepted = "accept".equals(decision);
        drafts.verifyEvidence(user, new AssessmentId(id), item, accepted);
        flash.addFlashAttribute("flash", accepted ? "assessment.evidence.accepted" : "assessment.evidence.rejectedDone");
        return "redirect:/assessment/" + id;
    }
}
