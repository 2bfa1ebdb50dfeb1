package vn.htxso.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;
import vn.htxso.support.internal.SupportStore;

/** Programmes, their catalogue of packages and the providers (alliance admins manage; everyone in scope reads). */
@Service
public class Programmes {

    private final SupportStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final vn.htxso.support.internal.ProgrammeChanges changes;

    Programmes(SupportStore store, AuditLog auditLog, Clock clock, vn.htxso.support.internal.ProgrammeChanges changes) {
        this.changes = changes;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return store.programmes();
    }

    @Transactional(readOnly = true)
    public Programme programme(UUID id) {
        return store.programme(id).orElseThrow(() -> new NotFound("programme"));
    }

    @Transactional(readOnly = true)
    public List<SupportStore.Package> packages(UUID programme) {
        return store.packages(programme);
    }

    @Transactional(readOnly = true)
    public List<SupportStore.Provider> providers() {
        return store.providers();
    }

    /** Programmes open today whose eligible provinces include the given one. */
    @Transactional(readOnly = true)
    public List<Programme> openIn(String province) {
        LocalDate today = LocalDate.now(clock.withZone(VnFormat.ZONE));
        return store.programmes().stream()
                .filter(p -> !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn()))
                .filter(p -> p.eligibleProvinces().isEmpty() || p.eligibleProvinces().contains(province))
                .toList();
    }

    /** A province admin creates a programme of its province; a national admin any. */
    @Transactional
    public UUID create(CurrentUser user, NewProgramme p) {
        if (user == null || !user.isAdmin() || (p.provinceCode() == null ? !user.isNationalAdmin()
                : !user.administers(p.provinceCode()))) {
            throw new Forbidden();
        }
        if (p.endsOn().isBefore(p.startsOn())) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new BusinessRuleViolation.FieldProblem("endsOn", "support.programme.period")),
                    "support.programme.period");
        }
        UUID id = UUID.randomUUID();
        Set<String> provinces = p.provinceCode() == null ? Set.of() : Set.of(p.provinceCode());
        store.insertProgramme(new Programme(id, p.name().strip(), p.provinceCode(), p.budgetVnd(), 0, 0, p.startsOn(),
                p.endsOn(), new SubsidyRule(p.sharePercent(), p.capMicroVnd(), p.capSmallVnd(), p.capMediumVnd(),
                p.capLargeVnd()), provinces, p.sectors(), p.minLevel(), p.maxLevel()), clock.instant());
        auditLog.record(AuditEntry.of("support.programme.created", "programme", id, p.name()).inProvince(p.provinceCode()));
        return id;
    }

    /**
     * Edits a programme after its creation (not its province): the budget may not fall below what is reserved and
     * paid already; the period must stay a period. Every edit is kept with who made it and each field's old and new
     * value; an edit that changes nothing stores nothing.
     */
    @Transactional
    public List<ProgrammeChange.Field> update(CurrentUser user, UUID id, NewProgramme p) {
        Programme before = programme(id);
        if (user == null || !(before.provinceCode() == null ? user.isNationalAdmin()
                : user.administers(before.provinceCode()))) {
            throw new Forbidden();
        }
        List<BusinessRuleViolation.FieldProblem> problems = new java.util.ArrayList<>();
        if (p.endsOn().isBefore(p.startsOn())) {
            problems.add(new BusinessRuleViolation.FieldProblem("endsOn", "support.programme.period"));
        }
        if (p.budgetVnd() < before.reserved() + before.paid()) {
            problems.add(new BusinessRuleViolation.FieldProblem("budgetVnd", "support.programme.budgetBelowCommitted",
                    before.reserved() + before.paid()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, problems.get(0).messageKey(),
                    problems.get(0).arguments());
        }
        Programme after = new Programme(id, p.name().strip(), before.provinceCode(), p.budgetVnd(), before.reserved(),
                before.paid(), p.startsOn(), p.endsOn(), new SubsidyRule(p.sharePercent(), p.capMicroVnd(),
                p.capSmallVnd(), p.capMediumVnd(), p.capLargeVnd()), before.eligibleProvinces(),
                p.sectors() == null ? Set.of() : Set.copyOf(p.sectors()), p.minLevel(), p.maxLevel());
        List<ProgrammeChange.Field> fields = new java.util.ArrayList<>();
        diff(fields, "name", before.name(), after.name());
        diff(fields, "budgetVnd", before.budget(), after.budget());
        diff(fields, "startsOn", before.startsOn(), after.startsOn());
        diff(fields, "endsOn", before.endsOn(), after.endsOn());
        diff(fields, "sharePercent", before.rule().sharePercent(), after.rule().sharePercent());
        diff(fields, "capMicroVnd", before.rule().capMicroVnd(), after.rule().capMicroVnd());
        diff(fields, "capSmallVnd", before.rule().capSmallVnd(), after.rule().capSmallVnd());
        diff(fields, "capMediumVnd", before.rule().capMediumVnd(), after.rule().capMediumVnd());
        diff(fields, "capLargeVnd", before.rule().capLargeVnd(), after.rule().capLargeVnd());
        diff(fields, "sectors", String.join(", ", new java.util.TreeSet<>(before.eligibleSectors())),
                String.join(", ", new java.util.TreeSet<>(after.eligibleSectors())));
        diff(fields, "minLevel", before.minLevel(), after.minLevel());
        diff(fields, "maxLevel", before.maxLevel(), after.maxLevel());
        if (fields.isEmpty()) {
            return List.of();
        }
        changes.update(after);
        changes.record(id, clock.instant(), user.username(), fields);
        auditLog.record(AuditEntry.of("support.programme.updated", "programme", id,
                fields.stream().map(ProgrammeChange.Field::field).collect(java.util.stream.Collectors.joining(", ")))
                .inProvince(before.provinceCode()));
        return List.copyOf(fields);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeChange> history(UUID id) {
        programme(id);
        return changes.of(id);
    }

    private static void diff(List<ProgrammeChange.Field> fields, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            fields.add(new ProgrammeChange.Field(field, before == null ? "" : before.toString(),
                    after == null ? "" : after.toString()));
        }
    }

    /** Adds a package from a provider to a programme's catalogue. */
    @Transactional
    public UUID addPackage(CurrentUser user, UUID programmeId, NewPackage k) {
        Programme programme = programme(programmeId);
        if (user == null || !(programme.provinceCode() == null ? user.isNationalAdmin()
                : user.administers(programme.provinceCode()))) {
            throw new Forbidden();
        }
        store.provider(k.providerId()).orElseThrow(() -> new NotFound("provider"));
        if (store.packages(programmeId).stream().anyMatch(x -> x.code().equalsIgnoreCase(k.code()))) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT,
                    List.of(new BusinessRuleViolation.FieldProblem("code", "support.package.codeTaken", k.code())),
                    "support.package.codeTaken", k.code());
        }
        UUID id = UUID.randomUUID();
        store.insertPackage(new SupportStore.Package(id, programmeId, k.providerId(), k.code().strip(), k.name().strip(),
                k.content().strip(), k.priceVnd(), k.dimensions(), true, null));
        auditLog.record(AuditEntry.of("support.package.created", "package", id, k.code()).inProvince(programme.provinceCode()));
        return id;
    }

    @Transactional
    public UUID addProvider(CurrentUser user, String name, String contact) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        UUID id = UUID.randomUUID();
        store.insertProvider(id, name.strip(), user.isNationalAdmin() ? null : user.provinceCode(),
                contact == null ? null : contact.strip(), clock.instant());
        auditLog.record(AuditEntry.of("support.provider.created", "provider", id, name).inProvince(user.provinceCode()));
        return id;
    }

    public record NewProgramme(String name, String provinceCode, long budgetVnd, LocalDate startsOn, LocalDate endsOn,
                               int sharePercent, long capMicroVnd, long capSmallVnd, long capMediumVnd,
                               long capLargeVnd, Set<String> sectors, int minLevel, int maxLevel) {
    }

    public record NewPackage(UUID providerId, String code, String name, String content, long priceVnd,
                             Set<String> dimensions) {
    }
}
