package vn.htxso.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VietnameseText;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.internal.FiguresCache;

/**
 * The organisations as the alliances and co-op managers see them: filtered lists, one organisation, edit with
 * optimistic locking, create, dissolve, history. Every method checks the viewer's scope; an organisation outside it
 * is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final JdbcTemplate jdbc;
    private final AdminUnits adminUnits;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FiguresCache changes;

    Directory(JdbcTemplate jdbc, AdminUnits adminUnits, AuditLog auditLog, Clock clock, FiguresCache changes) {
        this.jdbc = jdbc;
        this.adminUnits = adminUnits;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = changes;
    }

    /** Filters of a list; blank means any. */
    public record Filter(String province, String status, String q, String kind, String sector, String commune) {
        public static Filter of(String province, String status, String q) {
            return new Filter(province, status, q, null, null, null);
        }
    }

    public record Row(UUID id, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                      String communeName, Sector sector, OrganisationStatus status, int members) {
    }

    public record Page(List<Row> items, long total, int page, int size) {
        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getObject("id", UUID.class),
            rs.getString("registration_no"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("province_code"), rs.getString("commune_name"), Sector.valueOf(rs.getString("sector")),
            OrganisationStatus.valueOf(rs.getString("status")), rs.getInt("members"));

    /** A page of organisations in the viewer's scope (admins only). */
    public Page search(CurrentUser user, Filter filter, int page, int size) {
        String province = Scopes.listProvince(user, filter.province(), adminUnits);
        int pageSize = Math.min(Math.max(size, 1), 100);
        int pageNumber = Math.max(page, 0);
        Query query = query(province, filter);
        long total = jdbc.queryForObject("select count(*) from organisations o where " + query.sql, Long.class,
                query.args.toArray());
        List<Object> args = new ArrayList<>(query.args);
        args.add(pageSize);
        args.add((long) pageNumber * pageSize);
        List<Row> items = jdbc.query("select o.* from organisations o where " + query.sql
                + " order by o.name, o.registration_no limit ? offset ?", ROW, args.toArray());
        return new Page(items, total, pageNumber, pageSize);
    }

    /** Every row of a filtered list, streamed in order to an export (admins only). */
    public void forEach(CurrentUser user, Filter filter, java.util.function.Consumer<Row> consumer) {
        String province = Scopes.listProvince(user, filter.province(), adminUnits);
        Query query = query(province, filter);
        jdbc.query(con -> {
            var statement = con.prepareStatement("select o.* from organisations o where " + query.sql
                    + " order by o.province_code, o.name, o.registration_no");
            statement.setFetchSize(1000);
            for (int i = 0; i < query.args.size(); i++) {
                statement.setObject(i + 1, query.args.get(i));
            }
            return statement;
        }, rs -> {
            consumer.accept(ROW.mapRow(rs, 0));
        });
    }

    private record Query(String sql, List<Object> args) {
    }

    private static Query query(String province, Filter filter) {
        StringBuilder sql = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (province != null) {
            sql.append(" and o.province_code = ?");
            args.add(province);
        }
        String status = Scopes.blankToNull(filter.status());
        if (status != null) {
            OrganisationStatus value = enumOrNull(OrganisationStatus.class, status);
            if (value == null) {
                throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "registry.filter.status", status);
            }
            sql.append(" and o.status = ?");
            args.add(value.name());
        }
        String kind = Scopes.blankToNull(filter.kind());
        if (kind != null && enumOrNull(OrganisationKind.class, kind) != null) {
            sql.append(" and o.kind = ?");
            args.add(kind.toUpperCase(java.util.Locale.ROOT));
        }
        String sector = Scopes.blankToNull(filter.sector());
        if (sector != null && enumOrNull(Sector.class, sector) != null) {
            sql.append(" and o.sector = ?");
            args.add(sector.toUpperCase(java.util.Locale.ROOT));
        }
        String commune = Scopes.blankToNull(filter.commune());
        if (commune != null) {
            sql.append(" and o.commune_name = ?");
            args.add(commune);
        }
        String q = Scopes.blankToNull(filter.q());
        if (q != null) {
            // what the user typed is matched literally: % and _ are not wildcards (platform Like)
            String e = vn.htxso.platform.Like.ESCAPE;
            sql.append(" and (o.name_key like ?" + e + " or lower(o.name) like ?" + e + " or o.registration_no like ?"
                    + e + ")");
            args.add(vn.htxso.platform.Like.containing(VietnameseText.fold(q)));
            args.add(vn.htxso.platform.Like.containing(q.toLowerCase(java.util.Locale.ROOT)));
            args.add(vn.htxso.platform.Like.startingWith(q.strip()));
        }
        return new Query(sql.toString(), args);
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One organisation with everything a page shows. */
    public record Details(UUID id, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                          String communeName, Sector sector, OrganisationStatus status, LocalDate foundedOn,
                          int members, Long charterCapitalVnd, String governanceModel, String directorName,
                          String phone, String email, String address, LocalDate dissolvedOn,
                          String dissolutionReason, long version) {
    }

    private static final RowMapper<Details> DETAILS = (rs, i) -> new Details(rs.getObject("id", UUID.class),
            rs.getString("registration_no"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
            rs.getString("province_code"), rs.getString("commune_name"), Sector.valueOf(rs.getString("sector")),
            OrganisationStatus.valueOf(rs.getString("status")), rs.getObject("founded_on", LocalDate.class),
            rs.getInt("members"), (Long) rs.getObject("charter_capital_vnd", Long.class),
            rs.getString("governance_model"), rs.getString("director_name"), rs.getString("phone"),
            rs.getString("email"), rs.getString("address"), rs.getObject("dissolved_on", LocalDate.class),
            rs.getString("dissolution_reason"), rs.getLong("version"));

    /** The organisation, if the viewer may see it; else {@link NotFound}. */
    public Details get(CurrentUser user, UUID id) {
        Details details = jdbc.query("select * from organisations where id = ?", DETAILS, id).stream().findFirst()
                .orElseThrow(() -> new NotFound("organisation"));
        if (!maySee(user, details)) {
            throw new NotFound("organisation");
        }
        return details;
    }

    public static boolean maySee(CurrentUser user, Details details) {
        return user != null && (user.administers(details.provinceCode()) || user.belongsTo(details.id()));
    }

    public static boolean mayEdit(CurrentUser user, Details details) {
        return user != null && (user.administers(details.provinceCode()) || user.manages(details.id()));
    }

    /** The edit of an organisation's details; {@code version} is the one the editor saw. */
    public record Changes(String name, OrganisationKind kind, String communeName, Sector sector,
                          OrganisationStatus status, LocalDate foundedOn, int members, Long charterCapitalVnd,
                          String governanceModel, String directorName, String phone, String email, String address,
                          long version) {
    }

    @Transactional
    public void update(CurrentUser user, UUID id, Changes changes) {
        Details current = get(user, id);
        if (!mayEdit(user, current)) {
            throw new Forbidden();
        }
        OrganisationStatus status = changes.status();
        if (!user.isAdmin() && status != current.status()) {
            status = current.status(); // only an alliance changes the legal status
        }
        if (status == OrganisationStatus.DISSOLVED && current.status() != OrganisationStatus.DISSOLVED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.dissolveSeparately");
        }
        int updated = jdbc.update("""
                update organisations set name = ?, name_key = ?, kind = ?, commune_name = ?, sector = ?, status = ?,
                  founded_on = ?, members = ?, charter_capital_vnd = ?, governance_model = ?, director_name = ?,
                  phone = ?, email = ?, address = ?, updated_at = ?, version = version + 1
                where id = ? and version = ?""", changes.name().strip(), VietnameseText.fold(changes.name()),
                changes.kind().name(), changes.communeName().strip(), changes.sector().name(), status.name(),
                changes.foundedOn(), changes.members(), changes.charterCapitalVnd(), blank(changes.governanceModel()),
                blank(changes.directorName()), blank(changes.phone()), blank(changes.email()), blank(changes.address()),
                now(), id, changes.version());
        if (updated == 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.concurrentEdit");
        }
        String details = describe(current, changes, status);
        history(user, id, "UPDATED", details);
        auditLog.record(AuditLog.AuditEntry.of("registry.organisation.updated", "organisation", id, details)
                .inProvince(current.provinceCode()).ofOrganisation(id));
    }

    private static String describe(Details before, Changes after, OrganisationStatus status) {
        List<String> parts = new ArrayList<>();
        diff(parts, "name", before.name(), after.name());
        diff(parts, "kind", before.kind(), after.kind());
        diff(parts, "commune", before.communeName(), after.communeName());
        diff(parts, "sector", before.sector(), after.sector());
        diff(parts, "status", before.status(), status);
        diff(parts, "foundedOn", before.foundedOn(), after.foundedOn());
        diff(parts, "members", before.members(), after.members());
        diff(parts, "charterCapitalVnd", before.charterCapitalVnd(), after.charterCapitalVnd());
        diff(parts, "governanceModel", before.governanceModel(), blank(after.governanceModel()));
        diff(parts, "director", before.directorName(), blank(after.directorName()));
        diff(parts, "phone", before.phone(), blank(after.phone()));
        diff(parts, "email", before.email(), blank(after.email()));
        diff(parts, "address", before.address(), blank(after.address()));
        return parts.isEmpty() ? "-" : String.join("; ", parts);
    }

    private static void diff(List<String> parts, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            parts.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    /** A new organisation (admins; a province admin in its own province). */
    public record NewOrganisation(String registrationNo, String name, OrganisationKind kind, String provinceCode,
                                  String communeName, Sector sector, LocalDate foundedOn, int members,
                                  Long charterCapitalVnd) {
    }

    @Transactional
    public UUID create(CurrentUser user, NewOrganisation org) {
        if (user == null || !user.administers(org.provinceCode())) {
            throw new Forbidden();
        }
        Integer taken = jdbc.queryForObject("select count(*) from organisations where registration_no = ?",
                Integer.class, org.registrationNo().strip());
        if (taken != null && taken > 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT,
                    List.of(new BusinessRuleViolation.FieldProblem("registrationNo", "registry.organisation.registrationNoTaken")),
                    "registry.organisation.registrationNoTaken");
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.update("""
                insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                  sector, status, founded_on, members, charter_capital_vnd, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, 0)""", id, org.registrationNo().strip(),
                org.name().strip(), VietnameseText.fold(org.name()), org.kind().name(), org.provinceCode(),
                org.communeName().strip(), org.sector().name(), org.foundedOn(), org.members(),
                org.charterCapitalVnd(), now, now);
        history(user, id, "CREATED", org.registrationNo() + " " + org.name());
        auditLog.record(AuditLog.AuditEntry.of("registry.organisation.created", "organisation", id, org.name())
                .inProvince(org.provinceCode()).ofOrganisation(id));
        return id;
    }

    /** Dissolution (giải thể) by an alliance, with its reason; the organisation stays in the registry. */
    @Transactional
    public void dissolve(CurrentUser user, UUID id, LocalDate on, String reason, long version) {
        Details current = get(user, id);
        if (!user.administers(current.provinceCode())) {
            throw new Forbidden();
        }
        if (current.status() == OrganisationStatus.DISSOLVED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.alreadyDissolved");
        }
        LocalDate today = vn.htxso.platform.VnTime.today(clock);
        if (on == null) {
            on = today;
        }
        // a dissolution is recorded once it happened: not in the future, not before the founding
        if (on.isAfter(today) || (current.foundedOn() != null && on.isBefore(current.foundedOn()))) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    java.util.List.of(new BusinessRuleViolation.FieldProblem("on", "registry.dissolve.dateInvalid")),
                    "registry.dissolve.dateInvalid");
        }
        int updated = jdbc.update("update organisations set status = 'DISSOLVED', dissolved_on = ?, "
                + "dissolution_reason = ?, updated_at = ?, version = version + 1 where id = ? and version = ?",
                on, reason.strip(), now(), id, version);
        if (updated == 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.concurrentEdit");
        }
        history(user, id, "DISSOLVED", on + ": " + reason.strip());
        auditLog.record(AuditLog.AuditEntry.of("registry.organisation.dissolved", "organisation", id, reason.strip())
                .inProvince(current.provinceCode()).ofOrganisation(id));
    }

    public record Change(OffsetDateTime changedAt, String actor, String action, String details) {
    }

    public List<Change> history(CurrentUser user, UUID id) {
        get(user, id);
        return jdbc.query("select changed_at, actor, action, details from organisation_changes "
                + "where organisation_id = ? order by id desc limit 200", (rs, i) -> new Change(
                rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)), id);
    }

    void history(CurrentUser user, UUID id, String action, String details) {
        changes.changed();
        jdbc.update("insert into organisation_changes (organisation_id, changed_at, actor, action, details) "
                + "values (?, ?, ?, ?, ?)", id, now(), user.username(), action,
                details.length() > 2000 ? details.substring(0, 2000) : details);
    }

    /** The law's minimum number of members, as a warning key with its arguments, or {@code null}. */
    public static String[] minimumMembersWarning(OrganisationKind kind, int members) {
        if (members >= kind.minimumMembers()) {
            return null;
        }
        return new String[] {"registry.rule.minimumMembers." + kind.name(), String.valueOf(kind.minimumMembers()),
            String.valueOf(members)};
    }

    private OffsetDateTime now() {
        return VnTime.now(clock);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
