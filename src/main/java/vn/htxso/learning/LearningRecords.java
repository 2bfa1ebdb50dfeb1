package vn.htxso.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.learning.internal.Statements;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;

/**
 * The internal learning record store: every registration, attendance, completion, pass and fail is also an xAPI
 * statement (ADL verbs), immutable, corrected by voiding, exported as xAPI 1.0.3 JSON for an external LRS.
 */
@Service
public class LearningRecords {

    private final Statements statements;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String baseUrl;

    LearningRecords(Statements statements, AuditLog auditLog, Clock clock, Environment environment) {
        this.statements = statements;
        this.auditLog = auditLog;
        this.clock = clock;
        this.baseUrl = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    /** Records that a person did something to an event. */
    void aboutEvent(String actorKey, String actorName, Verb verb, TrainingEvent event, Instant timestamp) {
        statements.insert(new LearningStatement(UUID.randomUUID(), actorKey, actorName, verb, "Activity",
                baseUrl + "/learning/events/" + event.id(), event.title(), null, null, event.id(), null, timestamp,
                clock.instant()));
    }

    /** Records that a person did something to a course (a score between 0 and 100 for a quiz). */
    void aboutCourse(String actorKey, String actorName, Verb verb, CourseSummary course, Boolean success,
                     Integer score, Instant timestamp) {
        statements.insert(new LearningStatement(UUID.randomUUID(), actorKey, actorName, verb, "Activity",
                baseUrl + "/learning/courses/" + course.id(), course.title(), success,
                score == null ? null : BigDecimal.valueOf(score, 2), null, course.id(), timestamp, clock.instant()));
    }

    /** Voids a statement: a new statement pointing at it; the statement itself never changes. National admins only. */
    @Transactional
    public LearningStatement voidStatement(CurrentUser user, UUID statementId) {
        if (user == null || !user.isNationalAdmin()) {
            throw new Forbidden();
        }
        LearningStatement target = statements.find(statementId).orElseThrow(() -> new NotFound("statement"));
        if (target.verb() == Verb.VOIDED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.records.voidVoided");
        }
        if (statements.voided(statementId)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.records.alreadyVoided");
        }
        LearningStatement voiding = new LearningStatement(UUID.randomUUID(), user.id().toString(), user.displayName(),
                Verb.VOIDED, "StatementRef", statementId.toString(), target.objectName(), null, null,
                target.eventId(), target.courseId(), clock.instant(), clock.instant());
        statements.insert(voiding);
        auditLog.record(AuditEntry.of("learning.statement.voided", "statement", statementId, target.verb().name()));
        return voiding;
    }

    /** The statements of an event, for its organiser or an admin of its province. */
    @Transactional(readOnly = true)
    public List<LearningStatement> ofEvent(CurrentUser user, TrainingEvent event) {
        if (!Access.managesEvent(user, event)) {
            throw new NotFound("event");
        }
        return statements.ofEvent(event.id().value());
    }

    /** All statements (up to {@code limit}), national admins only. */
    @Transactional(readOnly = true)
    public List<LearningStatement> all(CurrentUser user, int limit) {
        if (user == null || !user.isNationalAdmin()) {
            throw new Forbidden();
        }
        return statements.all(limit);
    }

    /** The statements as xAPI 1.0.3 JSON objects. */
    public List<Map<String, Object>> toXapi(List<LearningStatement> list) {
        return list.stream().map(this::xapi).toList();
    }

    private Map<String, Object> xapi(LearningStatement s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id().toString());
        json.put("actor", Map.of("objectType", "Agent", "name", s.actorName(),
                "account", Map.of("homePage", baseUrl, "name", s.actorKey())));
        json.put("verb", Map.of("id", s.verb().iri(), "display",
                Map.of("vi-VN", s.verb().displayVi(), "en-US", s.verb().displayEn())));
        if ("StatementRef".equals(s.objectType())) {
            json.put("object", Map.of("objectType", "StatementRef", "id", s.objectId()));
        } else {
            json.put("object", Map.of("objectType", "Activity", "id", s.objectId(),
                    "definition", Map.of("name", Map.of("vi-VN", s.objectName()))));
        }
        if (s.success() != null || s.scoreScaled() != null) {
            Map<String, Object> result = new LinkedHashMap<>();
            if (s.success() != null) {
                result.put("success", s.success());
            }
            if (s.scoreScaled() != null) {
                result.put("score", Map.of("scaled", s.scoreScaled()));
            }
            json.put("result", result);
        }
        json.put("timestamp", s.timestamp().toString());
        json.put("stored", s.stored().toString());
        json.put("version", "1.0.3");
        return json;
    }
}
