package vn.htxso.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.VietnameseText;
import vn.htxso.registry.Directory.Details;
import vn.htxso.registry.Directory.Row;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;

/** The organisations of the registry as rows: filtered lists, one organisation, its edits (optimistic locking). */
@Repository
public class OrganisationRows {

    /** A checked filter: each value is {@code null} for any. */
    public record Criteria(String province, OrganisationStatus status, OrganisationKind kind, Sector sector,
                           String commune, String text) {
    }

    /** The columns a manager or an alliance edits; {@code status} already decided by the service. */
    public record Edit(String name, OrganisationKind kind, String communeName, Sector sector,
                       OrganisationStatus status, LocalDate foundedOn, int members, Long charterCapitalVnd,
                       String governanceModel, String directorName, String phone, String email, String address) {
    }

    public record NewRow(UUID id, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                         String communeName, Sector sector, LocalDate foundedOn, int members,
                         Long charterCapitalVnd) {
    }

    private final JdbcClient jdbc;

    OrganisationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count(Criteria criteria) {
        Where where = where(criteria);
        return jdbc.sql("select count(*) from organisations o where " + where.sql).params(where.args)
                .query(Long.class).single();
    }

    /** One page by name and registration number. */
    public List<Row> page(Criteria criteria, int limit, long offset) {
        Where where = where(criteria);
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return jdbc.sql("select o.* from organisations o where " + where.sql
                        + " order by o.name, o.registration_no limit ? offset ?")
                .params(args).query(OrganisationRows::row).list();
    }

    /** Every row, by province, name and registration number, streamed (a fetch size of 1000). */
    public void forEach(Criteria criteria, Consumer<Row> consumer) {
        Where where = where(criteria);
        try (var rows = jdbc.sql("select o.* from organisations o where " + where.sql
                        + " order by o.province_code, o.name, o.registration_no")
                .withFetchSize(1000).params(where.args).query(OrganisationRows::row).stream()) {
            rows.forEach(consumer);
        }
    }

    public Optional<Details> find(UUID id) {
        return jdbc.sql("select * from organisations where id = ?").param(id).query(OrganisationRows::details)
                .optional();
    }

    public boolean registrationNoTaken(String registrationNo) {
        return jdbc.sql("select count(*) from organisations where registration_no = ?").param(registrationNo)
                .query(Integer.class).single() > 0;
    }

    /** @return whether the row still had {@code version} (else someone saved meanwhile and nothing changed) */
    public boolean update(UUID id, long version, Edit edit, OffsetDateTime at) {
        return jdbc.sql("""
                update organisations set name = ?, name_key = ?, kind = ?, commune_name = ?, sector = ?, status = ?,
                  founded_on = ?, members = ?, charter_capital_vnd = ?, governance_model = ?, director_name = ?,
                  phone = ?, email = ?, address = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(edit.name(), VietnameseText.fold(edit.name()), edit.kind().name(), edit.communeName(),
                        edit.sector().name(), edit.status().name(), edit.foundedOn(), edit.members(),
                        edit.charterCapitalVnd(), edit.governanceModel(), edit.directorName(), edit.phone(),
                        edit.email(), edit.address(), at, id, version)
                .update() > 0;
    }

    public void insert(NewRow row, OffsetDateTime at) {
        jdbc.sql("""
                insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                  sector, status, founded_on, members, charter_capital_vnd, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, 0)""")
                .params(row.id(), row.registrationNo(), row.name(), VietnameseText.fold(row.name()),
                        row.kind().name(), row.provinceCode(), row.communeName(), row.sector().name(),
                        row.foundedOn(), row.members(), row.charterCapitalVnd(), at, at)
                .update();
    }

    /** @return whether the row still had {@code version} */
    public boolean dissolve(UUID id, long version, LocalDate on, String reason, OffsetDateTime at) {
        return jdbc.sql("update organisations set status = 'DISSOLVED', dissolved_on = ?, "
                        + "dissolution_reason = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(on, reason, at, id, version).update() > 0;
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(Criteria c) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (c.province() != null) {
            sql.append(" and o.province_code = ?");
            args.add(c.province());
        }
        if (c.status() != null) {
            sql.append(" and o.status = ?");
            args.add(c.status().name());
        }
        if (c.kind() != null) {
            sql.append(" and o.kind = ?");
            args.add(c.kind().name());
        }
        if (c.sector() != null) {
            sql.append(" and o.sector = ?");
            args.add(c.sector().name());
        }
        if (c.commune() != null) {
            sql.append(" and o.commune_name = ?");
            args.add(c.commune());
        }
        String q = c.text();
        if (q != null) {
            // what the user typed is matched literally: % and _ are not wildcards (platform Like)
            String e = vn.htxso.platform.Like.ESCAPE;
            sql.append(" and (o.name_key like ?" + e + " or lower(o.name) like ?" + e + " or o.registration_no like ?"
                    + e + ")");
            args.add(vn.htxso.platform.Like.containing(VietnameseText.fold(q)));
            args.add(vn.htxso.platform.Like.containing(q.toLowerCase(Locale.ROOT)));
            args.add(vn.htxso.platform.Like.startingWith(q.strip()));
        }
        return new Where(sql.toString(), args);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("registration_no"), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("province_code"),
                rs.getString("commune_name"), Sector.valueOf(rs.getString("sector")),
                OrganisationStatus.valueOf(rs.getString("status")), rs.getInt("members"));
    }

    private static Details details(ResultSet rs, int i) throws SQLException {
        return new Details(rs.getObject("id", UUID.class), rs.getString("registration_no"), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("province_code"),
                rs.getString("commune_name"), Sector.valueOf(rs.getString("sector")),
                OrganisationStatus.valueOf(rs.getString("status")), rs.getObject("founded_on", LocalDate.class),
                rs.getInt("members"), rs.getObject("charter_capital_vnd", Long.class),
                rs.getString("governance_model"), rs.getString("director_name"), rs.getString("phone"),
                rs.getString("email"), rs.getString("address"), rs.getObject("dissolved_on", LocalDate.class),
                rs.getString("dissolution_reason"), rs.getLong("version"));
    }
}
