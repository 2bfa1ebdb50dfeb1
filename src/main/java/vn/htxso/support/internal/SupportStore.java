package vn.htxso.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.support.Application;
import vn.htxso.support.Programme;
import vn.htxso.support.ApplicationState;
import vn.htxso.support.SubsidyRule;

import vn.htxso.platform.VnTime;

/** Providers, programmes, packages, applications and their transitions (plain SQL). */
@Repository
public class SupportStore {

    private static final String PROGRAMME = """
            id, name, province_code, budget, reserved, paid, starts_on, ends_on, subsidy_share_percent, cap_micro_vnd,
            cap_small_vnd, cap_medium_vnd, cap_large_vnd, eligible_provinces, eligible_sectors, min_level, max_level""";
    private static final String PACKAGE = """
            k.id, k.programme_id, k.provider_id, k.code, k.name, k.content, k.price_vnd, k.dimensions, k.active, p.name""";
    private static final String APPLICATION = """
            a.id, a.programme_id, a.package_id, a.provider_id, a.organisation_id, a.organisation_name, a.province_code,
            a.state, a.baseline_assessment_id, a.price_vnd, a.subsidy_vnd, a.reserved_vnd, a.claim_vnd, a.paid_vnd,
            a.created_by, a.created_at, a.submitted_at, a.deployed_at, a.accepted_at, a.paid_at, a.holding_until,
            a.version, k.name, v.name, g.name""";
    private static final String APPLICATION_FROM = " " + """
            from support_applications a join support_packages k on k.id = a.package_id
            join providers v on v.id = a.provider_id join programmes g on g.id = a.programme_id """;

    private final JdbcClient jdbc;

    SupportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- providers

    public void insertProvider(UUID id, String name, String province, String contact, Instant at) {
        jdbc.sql("insert into providers (id, name, province_code, contact, created_at) values (?, ?, ?, ?, ?)")
                .params(id, name, province, contact, at(at)).update();
    }

    public List<Provider> providers() {
        return jdbc.sql("select id, name, province_code, contact from providers order by name")
                .query((rs, n) -> new Provider(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Provider> provider(UUID id) {
        return providers().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    // --- programmes

    public void insertProgramme(Programme p, Instant at) {
        jdbc.sql("insert into programmes (" + PROGRAMME + ", created_at) values (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.name(), p.provinceCode(), p.budget(), p.startsOn(), p.endsOn(), p.rule().sharePercent(),
                        p.rule().capMicroVnd(), p.rule().capSmallVnd(), p.rule().capMediumVnd(), p.rule().capLargeVnd(),
                        join(p.eligibleProvinces()), join(p.eligibleSectors()), p.minLevel(), p.maxLevel(), at(at))
                .update();
    }

    public List<Programme> programmes() {
        return jdbc.sql("select " + PROGRAMME + " from programmes order by starts_on desc, name")
                .query(SupportStore::programme).list();
    }

    public Optional<Programme> programme(UUID id) {
        return jdbc.sql("select " + PROGRAMME + " from programmes where id = ?").param(id)
                .query(SupportStore::programme).optional();
    }

    /** Reserves the amount if the budget still holds it; {@code false} when it does not. Never goes negative. */
    public boolean reserve(UUID programme, long amount) {
        return jdbc.sql("update programmes set reserved = reserved + ? where id = ? and budget - reserved - paid >= ?")
                .params(amount, programme, amount).update() == 1;
    }

    public void release(UUID programme, long amount) {
        if (amount > 0) {
            jdbc.sql("update programmes set reserved = reserved - ? where id = ? and reserved >= ?")
                    .params(amount, programme, amount).update();
        }
    }

    /** Turns a reservation into a payment of at most that reservation. */
    public boolean pay(UUID programme, long reserved, long paid) {
        if (paid > reserved || paid < 0) {
            return false;
        }
        return jdbc.sql("update programmes set reserved = reserved - ?, paid = paid + ? where id = ? and reserved >= ?")
                .params(reserved, paid, programme, reserved).update() == 1;
    }

    // --- packages

    public void insertPackage(Package k) {
        jdbc.sql("""
                insert into support_packages (id, programme_id, provider_id, code, name, content, price_vnd, dimensions, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(k.id(), k.programmeId(), k.providerId(), k.code(), k.name(), k.content(), k.priceVnd(),
                        join(k.dimensions()), k.active()).update();
    }

    public List<Package> packages(UUID programme) {
        return jdbc.sql("select " + PACKAGE + " from support_packages k join providers p on p.id = k.provider_id where k.programme_id = ? order by k.code")
                .param(programme).query(SupportStore::pkg).list();
    }

    public List<Package> activePackages() {
        return jdbc.sql("select " + PACKAGE + " from support_packages k join providers p on p.id = k.provider_id where k.active = true order by k.code")
                .query(SupportStore::pkg).list();
    }

    public Optional<Package> pkg(UUID id) {
        return jdbc.sql("select " + PACKAGE + " from support_packages k join providers p on p.id = k.provider_id where k.id = ?")
                .param(id).query(SupportStore::pkg).optional();
    }

    // --- applications

    public void insertApplication(UUID id, Package k, UUID organisation, String organisationName, String province,
                                  UUID createdBy, Instant at) {
        jdbc.sql("""
                insert into support_applications (id, programme_id, package_id, provider_id, organisation_id, organisation_name,
                    province_code, state, price_vnd, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                .params(id, k.programmeId(), k.id(), k.providerId(), organisation, organisationName, province,
                        k.priceVnd(), createdBy, at(at)).update();
    }

    public Optional<Application> application(UUID id) {
        return jdbc.sql("select " + APPLICATION + APPLICATION_FROM + " where a.id = ?").param(id)
                .query(SupportStore::application).optional();
    }

    /** Applications matching a filter column ({@code a.organisation_id}, {@code a.province_code}, …), newest first. */
    public List<Application> applicationsWhere(String condition, Object... params) {
        return jdbc.sql("select " + APPLICATION + APPLICATION_FROM + " where " + condition + " order by a.created_at desc")
                .params(params).query(SupportStore::application).list();
    }

    /**
     * The transitions of an application, each a compare-and-set on its state and version (false when another
     * request moved it first). Named after what they write; the SQL stays here.
     */
    public boolean moveTo(UUID id, ApplicationState from, long version, ApplicationState to) {
        return move(id, from, version, to, "");
    }

    /** Rejected, withdrawn or cancelled: the reservation is given back. */
    public boolean closeReleasing(UUID id, ApplicationState from, long version, ApplicationState to) {
        return move(id, from, version, to, "reserved_vnd = 0");
    }

    public boolean submit(UUID id, ApplicationState from, long version, UUID baselineAssessmentId, long subsidyVnd,
                          Instant at) {
        return move(id, from, version, ApplicationState.SUBMITTED,
                "baseline_assessment_id = ?, subsidy_vnd = ?, submitted_at = ?", baselineAssessmentId, subsidyVnd,
                at(at));
    }

    public boolean approve(UUID id, ApplicationState from, long version, long reservedVnd) {
        return move(id, from, version, ApplicationState.APPROVED, "reserved_vnd = ?", reservedVnd);
    }

    public boolean deploy(UUID id, ApplicationState from, long version, Instant at) {
        return move(id, from, version, ApplicationState.DEPLOYED, "deployed_at = ?", at(at));
    }

    public boolean accept(UUID id, ApplicationState from, long version, Instant at) {
        return move(id, from, version, ApplicationState.ACCEPTED, "accepted_at = ?", at(at));
    }

    public boolean claim(UUID id, ApplicationState from, long version, long claimVnd) {
        return move(id, from, version, ApplicationState.CLAIM_SUBMITTED, "claim_vnd = ?", claimVnd);
    }

    public boolean pay(UUID id, ApplicationState from, long version, long paidVnd, Instant at) {
        return move(id, from, version, ApplicationState.PAID, "paid_vnd = ?, reserved_vnd = 0, paid_at = ?", paidVnd,
                at(at));
    }

    public boolean hold(UUID id, ApplicationState from, long version, Instant until) {
        return move(id, from, version, ApplicationState.HOLDING, "holding_until = ?", at(until));
    }

    /** {@code fields} are constant assignments of the named transitions above, never input. */
    private boolean move(UUID id, ApplicationState from, long version, ApplicationState to, String fields,
                         Object... params) {
        Object[] all = new Object[params.length + 4];
        all[0] = to.name();
        System.arraycopy(params, 0, all, 1, params.length);
        all[params.length + 1] = id;
        all[params.length + 2] = from.name();
        all[params.length + 3] = version;
        return jdbc.sql("update support_applications set state = ?" + (fields.isEmpty() ? "" : ", " + fields)
                        + ", version = version + 1 where id = ? and state = ? and version = ?")
                .params(all).update() == 1;
    }

    public void recordTransition(UUID application, ApplicationState from, ApplicationState to, UUID actor,
                                 String actorName, Instant at, String reason) {
        jdbc.sql("""
                insert into support_application_transitions (application_id, from_state, to_state, actor_id, actor_name, occurred_at, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(application, from == null ? null : from.name(), to.name(), actor, actorName, at(at), reason)
                .update();
    }

    public List<Transition> transitions(UUID application) {
        return jdbc.sql("""
                select from_state, to_state, actor_name, occurred_at, reason from support_application_transitions
                where application_id = ? order by occurred_at, id""")
                .param(application)
                .query((rs, n) -> new Transition(rs.getString(1) == null ? null : ApplicationState.valueOf(rs.getString(1)),
                        ApplicationState.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .list();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : VnTime.at(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String join(Collection<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static Set<String> split(String value) {
        return value == null || value.isBlank() ? Set.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        return new Programme(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                new SubsidyRule(rs.getInt(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)),
                split(rs.getString(14)), split(rs.getString(15)), rs.getInt(16), rs.getInt(17));
    }

    private static Package pkg(ResultSet rs, int n) throws SQLException {
        return new Package(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), split(rs.getString(8)),
                rs.getBoolean(9), rs.getString(10));
    }

    private static Application application(ResultSet rs, int n) throws SQLException {
        return new Application(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
                ApplicationState.valueOf(rs.getString(8)), rs.getObject(9, UUID.class), rs.getLong(10), rs.getLong(11),
                rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getObject(15, UUID.class), instant(rs, 16),
                instant(rs, 17), instant(rs, 18), instant(rs, 19), instant(rs, 20), instant(rs, 21), rs.getLong(22),
                rs.getString(23), rs.getString(24), rs.getString(25));
    }

    public record Provider(UUID id, String name, String provinceCode, String contact) {
    }

    public record Package(UUID id, UUID programmeId, UUID providerId, String code, String name, String content,
                          long priceVnd, Set<String> dimensions, boolean active, String providerName) {
    }

    public record Transition(ApplicationState from, ApplicationState to, String actorName, Instant at, String reason) {
    }
}
