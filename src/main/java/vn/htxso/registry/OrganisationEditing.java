package vn.htxso.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.Directory.Details;
import vn.htxso.registry.internal.FiguresCache;
import vn.htxso.registry.internal.OrganisationChanges;
import vn.htxso.registry.internal.OrganisationRows;

/**
 * Changes to an organisation's record: edit with optimistic locking, create, dissolve, each written to its history
 * and the audit log. Scope as in {@link Directory}: an organisation outside the editor's scope is "not found".
 */
@Service
@Transactional
public class OrganisationEditing {

    private final Directory directory;
    private final OrganisationRows rows;
    private final OrganisationChanges history;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FiguresCache figures;

    OrganisationEditing(Directory directory, OrganisationRows rows, OrganisationChanges history, AuditLog auditLog,
                        Clock clock, FiguresCache figures) {
        this.directory = directory;
        this.rows = rows;
        this.history = history;
        this.auditLog = auditLog;
        this.clock = clock;
        this.figures = figures;
    }

    /** The edit of an organisation's details; {@code version} is the one the editor saw. */
    public record Changes(String name, OrganisationKind kind, String communeName, Sector sector,
                          OrganisationStatus status, LocalDate foundedOn, int members, Long charterCapitalVnd,
                          String governanceModel, String directorName, String phone, String email, String address,
                          long version) {
    }

    public void update(CurrentUser user, UUID id, Changes changes) {
        Details current = directory.editable(user, id);
        OrganisationStatus status = changes.status();
        if (!user.isAdmin() && status != current.status()) {
            status = current.status(); // only an alliance changes the legal status
        }
        if (status == OrganisationStatus.DISSOLVED && current.status() != OrganisationStatus.DISSOLVED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.dissolveSeparately");
        }
        boolean saved = rows.update(id, changes.version(), new OrganisationRows.Edit(changes.name().strip(),
                changes.kind(), changes.communeName().strip(), changes.sector(), status, changes.foundedOn(),
                changes.members(), changes.charterCapitalVnd(), blank(changes.governanceModel()),
                blank(changes.directorName()), blank(changes.phone()), blank(changes.email()),
                blank(changes.address())), now());
        if (!saved) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.concurrentEdit");
        }
        String details = describe(current, changes, status);
        history(user, id, "UPDATED", details);
        auditLog.record(AuditLog.AuditEntry.of("registry.organisation.updated", "organisation", id, details)
                .inProvince(current.provinceCode()).ofOrganisation(id));
        figures.changed();
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
        if (!Objects.equals(before, after)) {
            parts.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    /** A new organisation (admins; a province admin in its own province). */
    public record NewOrganisation(String registrationNo, String name, OrganisationKind kind, String provinceCode,
                                  String communeName, Sector sector, LocalDate foundedOn, int members,
                                  Long charterCapitalVnd) {
    }

    public UUID create(CurrentUser user, NewOrganisation org) {
        if (user == null || !user.administers(org.provinceCode())) {
            throw new Forbidden();
        }
        if (rows.registrationNoTaken(org.registrationNo().strip())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT,
                    List.of(new BusinessRuleViolation.FieldProblem("registrationNo", "registry.organisation.registrationNoTaken")),
                    "registry.organisation.registrationNoTaken");
        }
        UUID id = UUID.randomUUID();
        rows.insert(new OrganisationRows.NewRow(id, org.registrationNo().strip(), org.name().strip(), org.kind(),
                org.provinceCode(), org.communeName().strip(), org.sector(), org.foundedOn(), org.members(),
                org.charterCapitalVnd()), now());
        history(user, id, "CREATED", org.registrationNo() + " " + org.name());
        auditLog.record(AuditLog.AuditEntry.of("registry.organisation.created", "organisation", id, org.name())
                .inProvince(org.provinceCode()).ofOrganisation(id));
        figures.changed();
        return id;
    }

    /** Dissolution (giải thể) by an alliance, with its reason; the organisation stays in the registry. */
    public void dissolve(CurrentUser user, UUID id, LocalDate on, String reason, long version) {
        Details current = directory.get(user, id);
        if (!user.administers(current.provinceCode())) {
            throw new Forbidden();
        }
        if (current.status() == OrganisationStatus.DISSOLVED) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.alreadyDissolved");
        }
        LocalDate today = VnTime.today(clock);
        if (on == null) {
            on = today;
        }
        // a dissolution is recorded once it happened: not in the future, not before the founding
        if (on.isAfter(today) || (current.foundedOn() != null && on.isBefore(current.foundedOn()))) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    java.util.List.of(new BusinessRuleViolation.FieldProblem("on", "registry.dissolve.dateInvalid")),
                    "registry.dissolve.dateInvalid");
        }
        if (!rows.dissolve(id, version, on, reason.strip(), now())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "registry.organisation.concurrentEdit");
        }
        history(user, id, "DISSOLVED", on + ": " + reason.strip());
        auditLog.record(AuditLog.AuditEntry.of("registry.organisation.dissolved", "organisation", id, reason.strip())
                .inProvince(current.provinceCode()).ofOrganisation(id));
    }

    /** A line of the organisation's history (members and reports write theirs too); the figures are recounted. */
    void history(CurrentUser user, UUID id, String action, String details) {
        figures.changed();
        history.add(id, now(), user.username(), action, details);
    }

    private OffsetDateTime now() {
        return VnTime.now(clock);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
