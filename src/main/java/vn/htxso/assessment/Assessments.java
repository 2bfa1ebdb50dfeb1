package vn.htxso.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.internal.AssessmentStore;
import vn.htxso.assessment.internal.ModelStore;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.Role;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.Registry;

/**
 * The assessment module's API: the current model, assessments submitted in one go (the JSON API), and the
 * completed assessments of a co-op as other modules (support) read them.
 */
@Service
public class Assessments {

    private final ModelStore models;
    private final AssessmentStore store;
    private final Registry registry;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(ModelStore models, AssessmentStore store, Registry registry, AuditLog auditLog,
                ApplicationEventPublisher events, Clock clock) {
        this.models = models;
        this.store = store;
        this.registry = registry;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AssessmentModel currentModel() {
        return models.load(models.currentVersion());
    }

    @Transactional(readOnly = true)
    public AssessmentModel model(int version) {
        return models.load(version);
    }

    /** A co-op's manager submits a complete set of answers: it is scored and stored at once. */
    @Transactional
    public Completed submit(CurrentUser user, CooperativeId cooperative, List<AnswerInput> answers) {
        OrganisationSummary organisation = managedOrganisation(user, cooperative);
        AssessmentModel model = currentModel();
        Map<String, Answer> valid = AnswerValidation.validate(model, answers, "answers", false);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insert(id, cooperative.value(), organisation.provinceCode(), model.version(), user.id(), now);
        valid.forEach((code, answer) -> store.saveValue(id, code, answer.number(), answer.options()));
        return complete(id, organisation, model, valid, now, false);
    }

    /** Scores stored answers, marks the assessment completed and announces it. */
    Completed complete(UUID id, OrganisationSummary organisation, AssessmentModel model, Map<String, Answer> answers,
                       Instant now, boolean rescored) {
        ScoreCard card = AssessmentScoring.score(model, answers);
        store.saveScores(id, card, now);
        Instant completedAt = store.find(id).map(StoredAssessment::completedAt).orElse(now);
        auditLog.record(AuditEntry.of(rescored ? "assessment.rescored" : "assessment.completed", "assessment", id,
                        "level=" + card.level() + " score=" + card.score() + "/" + card.maxScore() + " dbi="
                                + card.dbiScore() + " dbiLevel=" + card.dbiLevel())
                .inProvince(organisation.provinceCode()).ofOrganisation(organisation.id().value()));
        events.publishEvent(new AssessmentCompleted(new AssessmentId(id), organisation.id(),
                organisation.provinceCode(), model.version(), card.score(), card.maxScore(), card.level(),
                card.dbiScore(), card.dbiLevel(), completedAt, rescored));
        return new Completed(new AssessmentId(id), model.version(), card);
    }

    /** The organisation the user manages, checked against the id asked for. */
    OrganisationSummary managedOrganisation(CurrentUser user, CooperativeId cooperative) {
        if (user == null || !user.has(Role.COOP_MANAGER)) {
            throw new Forbidden();
        }
        if (!user.manages(cooperative.value())) {
            throw new NotFound("cooperative");
        }
        return registry.find(cooperative).orElseThrow(() -> new NotFound("cooperative"));
    }

    /** The completed assessments of a co-op, oldest first (for other modules: no user check). */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> completed(CooperativeId cooperative) {
        return summaries(store.completedOf(cooperative.value()));
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> latestCompleted(CooperativeId cooperative) {
        List<AssessmentSummary> all = completed(cooperative);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> find(AssessmentId id) {
        return store.find(id.value()).filter(StoredAssessment::completed).map(r -> summaries(List.of(r)).get(0));
    }

    /** The level of each co-op's latest assessment completed before {@code before}; co-ops never assessed by then are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> latestLevels(java.util.Collection<UUID> cooperatives, Instant before) {
        return store.latestLevels(cooperatives, before);
    }

    /** Completed assessments of the given provinces ({@code null}: all provinces), oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> completedIn(java.util.Collection<String> provinces) {
        return summaries(store.completedIn(provinces));
    }

    List<AssessmentSummary> summaries(List<StoredAssessment> rows) {
        Map<UUID, Map<String, Double>> percents = store.dimensionPercents(rows.stream().map(StoredAssessment::id).toList());
        List<AssessmentSummary> result = new ArrayList<>();
        for (StoredAssessment r : rows) {
            Map<String, String> needs = new LinkedHashMap<>();
            Double contribution = null;
            AssessmentModel model = models.load(r.modelVersion());
            for (StoredAnswer stored : store.answers(r.id()).values()) {
                AssessmentModel.Item item = model.item(stored.itemCode()).orElse(null);
                if (item == null || item.kind() != ItemKind.NEEDS) {
                    continue;
                }
                if (item.takesOptions()) {
                    stored.options().forEach(code -> item.option(code)
                            .ifPresent(o -> needs.put(code, o.dimensionCode())));
                } else if (stored.number() != null) {
                    contribution = stored.number().doubleValue();
                }
            }
            result.add(new AssessmentSummary(new AssessmentId(r.id()), new CooperativeId(r.organisationId()),
                    r.provinceCode(), r.modelVersion(), r.completedAt(), r.scoreValue(), r.maxValue(),
                    r.level() == null ? 0 : r.level(), r.dbiScore() == null ? 0 : r.dbiScore().doubleValue(),
                    r.dbiLevel() == null ? 0 : r.dbiLevel(), percents.getOrDefault(r.id(), Map.of()), needs,
                    contribution));
        }
        return result;
    }

    /** The result of a completed assessment. */
    public record Completed(AssessmentId id, int modelVersion, ScoreCard card) {
    }
}
