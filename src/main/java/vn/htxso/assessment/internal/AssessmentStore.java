package vn.htxso.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.assessment.StoredAssessment;
import vn.htxso.assessment.EvidenceFile;
import vn.htxso.assessment.StoredAnswer;
import vn.htxso.assessment.Answer;
import vn.htxso.assessment.EvidenceStatus;
import vn.htxso.assessment.ScoreCard;

import vn.htxso.platform.VnTime;

/** Assessments, their answers, evidence files and stored scores. */
@Repository
public class AssessmentStore {

    private static final String COLUMNS = """
            id, organisation_id, province_code, model_version, status, current_step, started_at, completed_at,
            score, max_score, level, dbi_score, dbi_level""";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID organisation, String province, int modelVersion, UUID startedBy, Instant at) {
        jdbc.sql("""
                insert into assessments (id, organisation_id, province_code, model_version, status, current_step, started_by, started_at)
                values (?, ?, ?, ?, 'DRAFT', 0, ?, ?)""")
                .params(id, organisation, province, modelVersion, startedBy, at(at)).update();
    }

    public Optional<StoredAssessment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from assessments where id = ?").param(id).query(AssessmentStore::row)
                .optional();
    }

    public Optional<StoredAssessment> draftOf(UUID organisation) {
        return jdbc.sql("select " + COLUMNS + " from assessments where organisation_id = ? and status = 'DRAFT' order by started_at desc")
                .param(organisation).query(AssessmentStore::row).list().stream().findFirst();
    }

    public List<StoredAssessment> completedOf(UUID organisation) {
        return jdbc.sql("select " + COLUMNS + " from assessments where organisation_id = ? and status = 'COMPLETED' order by completed_at")
                .param(organisation).query(AssessmentStore::row).list();
    }

    /** Completed assessments of the given provinces ({@code null}: all), oldest first. */
    public List<StoredAssessment> completedIn(Collection<String> provinces) {
        if (provinces == null) {
            return jdbc.sql("select " + COLUMNS + " from assessments where status = 'COMPLETED' order by completed_at")
                    .query(AssessmentStore::row).list();
        }
        if (provinces.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from assessments where status = 'COMPLETED' and province_code in (:p) order by completed_at")
                .param("p", provinces).query(AssessmentStore::row).list();
    }

    /** The level of each organisation's latest assessment completed before {@code before} (organisations without one are absent). */
    public Map<UUID, Integer> latestLevels(Collection<UUID> organisations, Instant before) {
        Map<UUID, Integer> levels = new LinkedHashMap<>();
        if (organisations.isEmpty()) {
            return levels;
        }
        jdbc.sql("select organisation_id, coalesce(level, 0) from assessments where status = 'COMPLETED'"
                        + " and organisation_id in (:orgs) and completed_at < :before order by completed_at")
                .param("orgs", organisations).param("before", at(before))
                .query(rs -> {
                    levels.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return levels;
    }

    public void setStep(UUID id, int step) {
        jdbc.sql("update assessments set current_step = greatest(current_step, ?), version = version + 1 where id = ?")
                .params(step, id).update();
    }

    public Map<String, StoredAnswer> answers(UUID id) {
        Map<String, StoredAnswer> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select item_code, number_value, option_codes, evidence_link, evidence_file_id, evidence_status, verified_by, verified_at
                from assessment_answers where assessment_id = ?""")
                .param(id)
                .query(rs -> {
                    String options = rs.getString(3);
                    Set<String> codes = options == null || options.isBlank() ? Set.of()
                            : new LinkedHashSet<>(Arrays.asList(options.split(",")));
                    OffsetDateTime verifiedAt = rs.getObject(8, OffsetDateTime.class);
                    answers.put(rs.getString(1), new StoredAnswer(rs.getString(1), rs.getBigDecimal(2), codes,
                            rs.getString(4), rs.getObject(5, UUID.class), EvidenceStatus.valueOf(rs.getString(6)),
                            rs.getString(7), verifiedAt == null ? null : verifiedAt.toInstant()));
                });
        return answers;
    }

    /** Saves an answer's value, keeping its evidence. */
    public void saveValue(UUID id, String item, BigDecimal number, Collection<String> options) {
        String joined = options == null || options.isEmpty() ? null : String.join(",", options);
        int updated = jdbc.sql("update assessment_answers set number_value = ?, option_codes = ? where assessment_id = ? and item_code = ?")
                .params(number, joined, id, item).update();
        if (updated == 0) {
            jdbc.sql("insert into assessment_answers (assessment_id, item_code, number_value, option_codes) values (?, ?, ?, ?)")
                    .params(id, item, number, joined).update();
        }
    }

    public void saveEvidence(UUID id, String item, String link, UUID fileId) {
        jdbc.sql("""
                update assessment_answers set evidence_link = coalesce(?, evidence_link), evidence_file_id = coalesce(?, evidence_file_id),
                       evidence_status = 'PENDING', verified_by = null, verified_at = null
                where assessment_id = ? and item_code = ?""")
                .params(link, fileId, id, item).update();
    }

    public void verify(UUID id, String item, EvidenceStatus status, String by, Instant at) {
        jdbc.sql("update assessment_answers set evidence_status = ?, verified_by = ?, verified_at = ? where assessment_id = ? and item_code = ?")
                .params(status.name(), by, at(at), id, item).update();
    }

    public void insertFile(UUID fileId, UUID assessment, String item, String name, String contentType, byte[] content,
                           Instant at) {
        jdbc.sql("""
                insert into assessment_evidence_files (id, assessment_id, item_code, file_name, content_type, size_bytes, content, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fileId, assessment, item, name, contentType, (long) content.length, content, at(at)).update();
    }

    public Optional<EvidenceFile> file(UUID assessment, UUID fileId) {
        return jdbc.sql("select file_name, content_type, content from assessment_evidence_files where id = ? and assessment_id = ?")
                .params(fileId, assessment)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Stores the scores and marks the assessment completed (keeps the first completion time). */
    public void saveScores(UUID id, ScoreCard card, Instant completedAt) {
        jdbc.sql("""
                update assessments set status = 'COMPLETED', completed_at = coalesce(completed_at, ?), score = ?, max_score = ?,
                       level = ?, dbi_score = ?, dbi_level = ?, version = version + 1 where id = ?""")
                .params(at(completedAt), card.score(), card.maxScore(), card.level(), card.dbiScore(), card.dbiLevel(), id)
                .update();
        jdbc.sql("delete from assessment_dimension_scores where assessment_id = ?").param(id).update();
        jdbc.sql("delete from assessment_pillar_scores where assessment_id = ?").param(id).update();
        for (ScoreCard.DimensionScore d : card.dimensions()) {
            jdbc.sql("insert into assessment_dimension_scores (assessment_id, dimension_code, score, max_score, level) values (?, ?, ?, ?, ?)")
                    .params(id, d.code(), d.score(), d.maxScore(), d.level()).update();
        }
        for (ScoreCard.PillarScore p : card.pillars()) {
            jdbc.sql("insert into assessment_pillar_scores (assessment_id, pillar, score, max_score, level) values (?, ?, ?, ?, ?)")
                    .params(id, p.pillar().name(), p.score(), p.maxScore(), p.level()).update();
        }
    }

    /** Dimension percentages of the given assessments: assessment → (dimension → percent). */
    public Map<UUID, Map<String, Double>> dimensionPercents(Collection<UUID> ids) {
        Map<UUID, Map<String, Double>> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select assessment_id, dimension_code, score, max_score from assessment_dimension_scores where assessment_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    double max = rs.getDouble(4);
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), max <= 0 ? 0 : rs.getDouble(3) / max * 100);
                });
        return result;
    }

    /** Evidence waiting for an alliance officer, in the given provinces ({@code null}: all). */
    public List<PendingEvidence> pendingEvidence(Collection<String> provinces) {
        String sql = """
                select a.id, a.organisation_id, a.province_code, w.item_code, a.started_at
                from assessment_answers w join assessments a on a.id = w.assessment_id
                where w.evidence_status = 'PENDING'""";
        if (provinces != null && provinces.isEmpty()) {
            return List.of();
        }
        var spec = provinces == null ? jdbc.sql(sql + " order by a.started_at")
                : jdbc.sql(sql + " and a.province_code in (:p) order by a.started_at").param("p", provinces);
        return spec.query((rs, n) -> new PendingEvidence(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getString(4))).list();
    }

    public record PendingEvidence(UUID assessmentId, UUID organisationId, String provinceCode, String itemCode) {
    }

    public int countCompleted(UUID organisation) {
        return jdbc.sql("select count(*) from assessments where organisation_id = ? and status = 'COMPLETED'")
                .param(organisation).query(Integer.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : VnTime.at(instant);
    }

    private static StoredAssessment row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime completed = rs.getObject(8, OffsetDateTime.class);
        return new StoredAssessment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant(), rs.getBigDecimal(9), rs.getBigDecimal(10),
                (Integer) rs.getObject(11, Integer.class), rs.getBigDecimal(12), (Integer) rs.getObject(13, Integer.class));
    }

}
