package vn.htxso.assessment.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.Fixture;
import vn.htxso.assessment.Answer;
import vn.htxso.assessment.AssessmentScoring;
import vn.htxso.assessment.StoredAssessment;

/**
 * Demo fixtures insert completed assessments with their answers only; this scores those not yet scored, with the
 * same rules as everything else (idempotent: scored rows are skipped).
 */
@Component
@Profile("demo")
@Order(400)
class DemoScores implements Fixture {

    private final JdbcClient jdbc;
    private final AssessmentStore store;
    private final ModelStore models;

    DemoScores(JdbcClient jdbc, AssessmentStore store, ModelStore models) {
        this.jdbc = jdbc;
        this.store = store;
        this.models = models;
    }

    @Override
    @Transactional
    public void load() {
        for (StoredAssessment row : jdbc.sql("select id from assessments where status = 'COMPLETED' and score is null")
                .query(UUID.class).list().stream().map(id -> store.find(id).orElseThrow()).toList()) {
            Map<String, Answer> answers = new HashMap<>();
            store.answers(row.id()).forEach((code, stored) -> answers.put(code, stored.answer()));
            store.saveScores(row.id(), AssessmentScoring.score(models.load(row.modelVersion()), answers), row.completedAt());
        }
    }
}
