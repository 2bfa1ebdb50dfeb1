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

    Programmes(SupportStore store, AuditLog auditLog, Clock clock) {
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
