package vn.htxso.scorecard.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.scorecard.CriteriaSet;
import vn.htxso.scorecard.Indicator;
import vn.htxso.scorecard.Measure;

/** The criteria sets, one row per version (never updated), with their indicators. */
@Repository
public class CriteriaSets {

    private final JdbcClient jdbc;

    CriteriaSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(UUID id, String scope, int version, String note, OffsetDateTime createdAt, String createdBy) {
    }

    private static final String HEAD = "select id, scope, version, note, created_at, created_by from scorecard_criteria_sets";

    /** The latest version of the scope's set, if it has one. */
    public Optional<CriteriaSet> latest(String scope) {
        return jdbc.sql(HEAD + " where scope = ? order by version desc fetch first 1 rows only").param(scope)
                .query(Head.class).optional().map(h -> load(List.of(h)).get(0));
    }

    /** The latest version of each of the given scopes that has one. */
    public Map<String, CriteriaSet> latest(List<String> scopes) {
        Map<String, CriteriaSet> result = new LinkedHashMap<>();
        if (scopes.isEmpty()) {
            return result;
        }
        List<Head> heads = jdbc.sql(HEAD + " s where scope in (:scopes) and version = "
                        + "(select max(version) from scorecard_criteria_sets m where m.scope = s.scope)")
                .param("scopes", scopes).query(Head.class).list();
        load(heads).forEach(set -> result.put(set.scope(), set));
        return result;
    }

    /** Every version of the scope's set, newest first. */
    public List<CriteriaSet> versions(String scope) {
        return load(jdbc.sql(HEAD + " where scope = ? order by version desc").param(scope).query(Head.class).list());
    }

    /** Inserts a new version; the unique (scope, version) index refuses a second writer of the same version. */
    public UUID insert(String scope, int version, String note, Instant at, String by, List<Indicator> indicators) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into scorecard_criteria_sets (id, scope, version, note, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, scope, version, note, at.atOffset(ZoneOffset.UTC), by).update();
        int position = 1;
        for (Indicator i : indicators) {
            jdbc.sql("insert into scorecard_indicators (set_id, position, code, name, measure, target, weight) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, position++, i.code(), i.name(), i.measure().name(), i.target(), i.weight()).update();
        }
        return id;
    }

    private List<CriteriaSet> load(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Indicator>> indicators = new LinkedHashMap<>();
        jdbc.sql("select set_id, code, name, measure, target, weight from scorecard_indicators where set_id in (:ids) order by position")
                .param("ids", heads.stream().map(Head::id).toList())
                .query(rs -> {
                    Measure measure;
                    try {
                        measure = Measure.valueOf(rs.getString(4));
                    } catch (IllegalArgumentException e) {
                        return; // a measure this version of the code does not know is left out
                    }
                    indicators.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Indicator(rs.getString(2), rs.getString(3), measure, rs.getBigDecimal(5),
                                    rs.getInt(6)));
                });
        return heads.stream().map(h -> new CriteriaSet(h.id(), h.scope(), h.version(), h.note(),
                h.createdAt().toInstant(), h.createdBy(), indicators.getOrDefault(h.id(), List.of()))).toList();
    }

}
