package vn.htxso.insights.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flags marked "checked, correct": one row per organisation, year and rule. */
@Repository
public class FlagReviews {

    private final JdbcClient jdbc;

    FlagReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keys {@code organisationId|rule} of the reviewed flags of a year (of one province, or all when null). */
    public Set<String> reviewed(int year, String provinceCode) {
        return new HashSet<>(jdbc.sql("""
                select organisation_id, rule from insights_flag_reviews
                where report_year = :year and (cast(:province as varchar(2)) is null or province_code = :province)""")
                .param("year", year).param("province", provinceCode)
                .query((rs, n) -> key(rs.getObject(1, UUID.class), rs.getString(2))).list());
    }

    /** Records a review; {@code false} when it was already recorded (idempotent, safe under concurrency). */
    public boolean add(UUID organisationId, int year, String rule, String provinceCode, String by, Instant at) {
        try {
            return jdbc.sql("""
                    insert into insights_flag_reviews (organisation_id, report_year, rule, province_code, reviewed_by,
                      reviewed_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(organisationId, year, rule, provinceCode, by, at.atOffset(ZoneOffset.UTC)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public static String key(UUID organisationId, String rule) {
        return organisationId + "|" + rule;
    }
}
