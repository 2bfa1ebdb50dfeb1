package vn.htxso.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.internal.AssessmentStore;
import vn.htxso.assessment.internal.ModelStore;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;

/**
 * The questionnaire on a phone: a draft answered one dimension per step, resumable, with evidence; completion,
 * results, and the alliance officer's verification of evidence.
 */
@Service
public class AssessmentDrafts {

    /** Largest evidence file accepted. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final ModelStore models;
    private final AssessmentStore store;
    private final Assessments assessments;
    private final Registry registry;
    private final AuditLog auditLog;
    private final Clock clock;

    AssessmentDrafts(ModelStore models, AssessmentStore store, Assessments assessments, Registry registry,
                     AuditLog auditLog, Clock clock) {
        this.models = models;
        this.store = store;
        this.assessments = assessments;
        this.registry = registry;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The manager's open draft, or a new one against the current model. */
    @Transactional
    public AssessmentId startOrResume(CurrentUser user) {
        if (user == null || !user.has(Role.COOP_MANAGER) || user.organisationId() == null) {
            throw new Forbidden();
        }
        OrganisationSummary organisation = assessments.managedOrganisation(user, new CooperativeId(user.organisationId()));
        return store.draftOf(user.organisationId()).map(r -> new AssessmentId(r.id())).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            store.insert(id, user.organisationId(), organisation.provinceCode(), models.currentVersion(), user.id(),
                    clock.instant());
            auditLog.record(AuditEntry.of("assessment.started", "assessment", id, null)
                    .inProvince(organisation.provinceCode()).ofOrganisation(user.organisationId()));
            return new AssessmentId(id);
        });
    }

    @Transactional(readOnly = true)
    public Draft draft(CurrentUser user, AssessmentId id) {
        StoredAssessment row = ownDraft(user, id);
        return new Draft(row, models.load(row.modelVersion()), store.answers(row.id()));
    }

    /** Saves the answers and evidence of one step (a dimension); every problem is reported, nothing half-saved. */
    @Transactional
    public void saveStep(CurrentUser user, AssessmentId id, int step, List<AnswerInput> inputs,
                         List<EvidenceUpload> evidence) {
        StoredAssessment row = ownDraft(user, id);
        AssessmentModel model = models.load(row.modelVersion());
        if (step < 1 || step > model.dimensions().size()) {
            throw new NotFound("step");
        }
        AssessmentModel.Dimension dimension = model.dimensions().get(step - 1);
        List<AnswerInput> ofStep = inputs.stream()
                .filter(i -> dimension.items().stream().anyMatch(it -> it.code().equals(i.itemCode()))).toList();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Answer> valid = AnswerValidation.check(model, ofStep, null, true, problems);
        for (EvidenceUpload upload : evidence) {
            checkEvidence(dimension, upload, problems);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "assessment.answer.invalid");
        }
        for (AssessmentModel.Item item : dimension.items()) {
            Answer answer = valid.get(item.code());
            store.saveValue(row.id(), item.code(), answer == null ? null : answer.number(),
                    answer == null ? List.of() : answer.options());
        }
        Instant now = clock.instant();
        for (EvidenceUpload upload : evidence) {
            if (!upload.hasFile() && !upload.hasLink()) {
                continue;
            }
            UUID fileId = null;
            if (upload.hasFile()) {
                fileId = UUID.randomUUID();
                store.insertFile(fileId, row.id(), upload.itemCode(), safeName(upload.fileName()),
                        contentType(upload.content()), upload.content(), now);
            }
            store.saveEvidence(row.id(), upload.itemCode(), upload.hasLink() ? upload.link().strip() : null, fileId);
        }
        store.setStep(row.id(), step);
    }

    /** Scores the draft and completes it. */
    @Transactional
    public AssessmentId complete(CurrentUser user, AssessmentId id) {
        StoredAssessment row = ownDraft(user, id);
        OrganisationSummary organisation = registry.find(new CooperativeId(row.organisationId()))
                .orElseThrow(() -> new NotFound("cooperative"));
        Map<String, Answer> answers = answers(row.id());
        assessments.complete(row.id(), organisation, models.load(row.modelVersion()), answers, clock.instant(), false);
        return id;
    }

    @Transactional(readOnly = true)
    public Result result(CurrentUser user, AssessmentId id) {
        StoredAssessment row = visible(user, id);
        if (!row.completed()) {
            throw new NotFound("assessment");
        }
        AssessmentModel model = models.load(row.modelVersion());
        Map<String, StoredAnswer> stored = store.answers(row.id());
        Map<String, Answer> answers = answers(row.id());
        ScoreCard card = AssessmentScoring.score(model, answers);
        return new Result(row, model, card, AssessmentScoring.nextSteps(model, answers, 5), stored,
                assessments.summaries(List.of(row)).get(0),
                registry.find(new CooperativeId(row.organisationId())).map(OrganisationSummary::name).orElse(""));
    }

    /** The co-op's own assessments (completed and draft), newest first. */
    @Transactional(readOnly = true)
    public List<StoredAssessment> history(CurrentUser user) {
        if (user == null || user.organisationId() == null) {
            return List.of();
        }
        List<StoredAssessment> rows = new ArrayList<>(store.completedOf(user.organisationId()));
        java.util.Collections.reverse(rows);
        store.draftOf(user.organisationId()).ifPresent(d -> rows.add(0, d));
        return rows;
    }

    /** An alliance officer of the co-op's province accepts or rejects evidence; a completed assessment is rescored. */
    @Transactional
    public void verifyEvidence(CurrentUser user, AssessmentId id, String itemCode, boolean accepted) {
        StoredAssessment row = store.find(id.value()).orElseThrow(() -> new NotFound("assessment"));
        if (user == null || !user.administers(row.provinceCode())) {
            if (user != null && user.isAdmin()) {
                throw new NotFound("assessment");
            }
            throw new Forbidden();
        }
        StoredAnswer answer = store.answers(row.id()).get(itemCode);
        if (answer == null || (answer.fileId() == null && answer.evidenceLink() == null)) {
            throw new NotFound("evidence");
        }
        store.verify(row.id(), itemCode, accepted ? EvidenceStatus.VERIFIED : EvidenceStatus.REJECTED,
                user.username(), clock.instant());
        auditLog.record(AuditEntry.of(accepted ? "assessment.evidence.verified" : "assessment.evidence.rejected",
                "assessment", row.id(), itemCode).inProvince(row.provinceCode()).ofOrganisation(row.organisationId()));
        if (row.completed()) {
            OrganisationSummary organisation = registry.find(new CooperativeId(row.organisationId()))
                    .orElseThrow(() -> new NotFound("cooperative"));
            assessments.complete(row.id(), organisation, models.load(row.modelVersion()), answers(row.id()),
                    clock.instant(), true);
        }
    }

    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(CurrentUser user, AssessmentId id, UUID fileId) {
        StoredAssessment row = visible(user, id);
        return store.file(row.id(), fileId).orElseThrow(() -> new NotFound("evidence"));
    }

    private Map<String, Answer> answers(UUID id) {
        Map<String, Answer> answers = new HashMap<>();
        store.answers(id).forEach((code, stored) -> answers.put(code, stored.answer()));
        return answers;
    }

    private StoredAssessment ownDraft(CurrentUser user, AssessmentId id) {
        StoredAssessment row = store.find(id.value()).orElseThrow(() -> new NotFound("assessment"));
        if (user == null || !user.manages(row.organisationId())) {
            throw new NotFound("assessment");
        }
        if (row.completed()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "assessment.draft.alreadyCompleted");
        }
        return row;
    }

    /** The co-op's manager, or an admin of its province. */
    private StoredAssessment visible(CurrentUser user, AssessmentId id) {
        StoredAssessment row = store.find(id.value()).orElseThrow(() -> new NotFound("assessment"));
        if (user == null || !(user.manages(row.organisationId()) || user.administers(row.provinceCode()))) {
            throw new NotFound("assessment");
        }
        return row;
    }

    private static void checkEvidence(AssessmentModel.Dimension dimension, EvidenceUpload upload,
                                      List<FieldProblem> problems) {
        String field = "evidence-" + upload.itemCode();
        boolean evidenceItem = dimension.items().stream()
                .anyMatch(i -> i.code().equals(upload.itemCode()) && i.kind() == ItemKind.EVIDENCE);
        if (!evidenceItem) {
            if (upload.hasFile() || upload.hasLink()) {
                problems.add(new FieldProblem(field, "assessment.evidence.notExpected"));
            }
            return;
        }
        if (upload.hasLink()) {
            String link = upload.link().strip();
            if (link.length() > 500 || !(link.startsWith("https://") || link.startsWith("http://"))
                    || link.chars().anyMatch(Character::isWhitespace)) {
                problems.add(new FieldProblem("link-" + upload.itemCode(), "assessment.evidence.badLink"));
            }
        }
        if (upload.hasFile()) {
            if (!vn.htxso.platform.UploadChecker.nameFits(upload.fileName())) {
                problems.add(new FieldProblem(field, "platform.upload.nameTooLong",
                        vn.htxso.platform.UploadChecker.MAX_FILE_NAME));
            } else if (upload.content().length > MAX_FILE_BYTES) {
                problems.add(new FieldProblem(field, "assessment.evidence.tooLarge", MAX_FILE_BYTES / 1024 / 1024));
            } else if (contentType(upload.content()) == null) {
                problems.add(new FieldProblem(field, "assessment.evidence.badType"));
            }
        }
    }

    /** The type of a file judged by its first bytes: JPEG, PNG, WebP or PDF; {@code null} for anything else. */
    static String contentType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    private static String safeName(String name) {
        String base = name == null ? "evidence" : name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public record Draft(StoredAssessment row, AssessmentModel model, Map<String, StoredAnswer> answers) {
    }

    public record Result(StoredAssessment row, AssessmentModel model, ScoreCard card,
                         List<AssessmentScoring.NextStep> nextSteps, Map<String, StoredAnswer> answers,
                         AssessmentSummary summary, String organisationName) {
    }
}
