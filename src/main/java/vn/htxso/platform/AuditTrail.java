package vn.htxso.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;


/** Reads the audit log for admins: national admins see everything, a province admin its province only. */
@Service
public class AuditTrail {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> search(CurrentUser admin, Filter filter, int limit) {
        if (!admin.isAdmin()) {
            throw new Forbidden();
        }
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, address, action, subject_type, subject_id, province_code, details
                from audit_events where 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (!admin.isNationalAdmin()) {
            sql.append(" and province_code = ?");
            params.add(admin.provinceCode());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and lower(actor) = lower(?)");
            params.add(filter.actor().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" and action like ?" + Like.ESCAPE);
            params.add(Like.startingWith(filter.action().strip()));
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(filter.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        sql.append(" order by id desc limit ").append(Math.min(Math.max(limit, 1), 500));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Entry(rs.getLong("id"),
                rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("address"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("province_code"), rs.getString("details"))).list();
    }

    public record Filter(String actor, String action, LocalDate from, LocalDate to) {
    }

    public record Entry(long id, Instant occurredAt, String actor, String address, String action, String subjectType,
                        String subjectId, String provinceCode, String details) {
    }
}
