package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.Charters;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.GovernanceRules;
import vn.htxso.governance.internal.Officers;
import vn.htxso.governance.internal.Transactions;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * The law's rhythm, computed from data: a co-op's summary and alerts, and the province and national views of
 * which co-ops need attention. Each alert names its rule and figures.
 */
@Service
@Transactional(readOnly = true)
public class Monitoring {

    private final Registry registry;
    private final Charters charterRows;
    private final CharterSettings charters;
    private final Assemblies assemblies;
    private final Officers officers;
    private final Transactions transactions;
    private final vn.htxso.governance.internal.AssemblyRequests requests;
    private final CoopScope scope;
    private final GovernanceProperties properties;
    private final VnFormat fmt;
    private final Clock clock;

    Monitoring(Registry registry, Charters charterRows, CharterSettings charters, Assemblies assemblies,
               Officers officers, Transactions transactions,
               vn.htxso.governance.internal.AssemblyRequests requests, CoopScope scope,
               GovernanceProperties properties, VnFormat fmt, Clock clock) {
        this.requests = requests;
        this.registry = registry;
        this.charterRows = charterRows;
        this.charters = charters;
        this.assemblies = assemblies;
        this.officers = officers;
        this.transactions = transactions;
        this.scope = scope;
        this.properties = properties;
        this.fmt = fmt;
        this.clock = clock;
    }

    public GovernanceSummary summary(CurrentUser user, UUID organisationId) {
        return summary(scope.readable(user, organisationId));
    }

    GovernanceSummary summary(OrganisationSummary org) {
        UUID id = org.id().value();
        LocalDate today = LocalDate.now(clock);
        Charter charter = charters.inForce(id, today);
        List<RegisteredMember> members = registry.members(org.id()).stream().filter(m -> m.memberOn(today)).toList();
        int official = (int) members.stream().filter(RegisteredMember::official).count();
        List<Assembly> all = assemblies.of(id);
        LocalDate last = all.stream().filter(a -> a.kind() == AssemblyKind.ANNUAL && a.held())
                .map(Assembly::heldOn).max(Comparator.naturalOrder()).orElse(null);
        int dueYear = signedAnnual(all, today.getYear() - 1) ? today.getYear() : today.getYear() - 1;
        LocalDate dueBy = GovernanceRules.annualDeadline(dueYear, properties.annualAssemblyMonths());
        return new GovernanceSummary(org, charter, official, members.size() - official,
                registry.charterCapital(org.id()).orElse(null), last, dueBy,
                alerts(org, charter, all, members, today));
    }

    private static boolean signedAnnual(List<Assembly> all, int fiscalYear) {
        return all.stream().anyMatch(a -> a.kind() == AssemblyKind.ANNUAL && a.signed()
                && Integer.valueOf(fiscalYear).equals(a.fiscalYear()));
    }

    private static boolean signedAnnualSince(List<Assembly> all, int fiscalYear) {
        return all.stream().anyMatch(a -> a.kind() == AssemblyKind.ANNUAL && a.signed() && a.fiscalYear() != null
                && a.fiscalYear() >= fiscalYear);
    }

    List<Alert> alerts(OrganisationSummary org, Charter charter, List<Assembly> all, List<RegisteredMember> members,
                       LocalDate today) {
        UUID id = org.id().value();
        List<Alert> alerts = new ArrayList<>();
        int fiscalYear = today.getYear() - 1;
        LocalDate deadline = GovernanceRules.annualDeadline(fiscalYear, properties.annualAssemblyMonths());
        // the latest financial year whose annual assembly is past its deadline
        int latestDue = today.isAfter(deadline) ? fiscalYear : fiscalYear - 1;
        if (!signedAnnualSince(all, latestDue)) {
            LocalDate missed = GovernanceRules.annualDeadline(latestDue, properties.annualAssemblyMonths());
            alerts.add(new Alert("ANNUAL_ASSEMBLY_OVERDUE", List.of(String.valueOf(latestDue), fmt.date(missed),
                    String.valueOf(ChronoUnit.DAYS.between(missed, today)))));
        }
        if (!today.isAfter(deadline) && !signedAnnual(all, fiscalYear)) {
            alerts.add(new Alert("ANNUAL_ASSEMBLY_DUE", List.of(String.valueOf(fiscalYear), fmt.date(deadline),
                    String.valueOf(ChronoUnit.DAYS.between(today, deadline)))));
        }
        for (Assembly a : all) {
            if (a.held() && !a.signed()) {
                alerts.add(new Alert("MINUTES_UNSIGNED", List.of(fmt.date(a.heldOn()))));
            }
        }
        if (charter.model() == GovernanceModel.REDUCED) {
            Optional<LocalDate> lastHeld = all.stream().filter(Assembly::signed).map(Assembly::heldOn)
                    .max(Comparator.naturalOrder());
            long gap = lastHeld.map(d -> ChronoUnit.DAYS.between(d, today)).orElse(Long.MAX_VALUE);
            if (gap > properties.reducedModelMaxGapDays()) {
                alerts.add(new Alert("REDUCED_MODEL_GAP", List.of(lastHeld.map(fmt::date).orElse("—"),
                        String.valueOf(properties.reducedModelMaxGapDays()))));
            }
        } else {
            List<Officer> board = officers.of(id).stream().filter(o -> o.onBoard() && o.inOffice(today)).toList();
            Optional<LocalDate> termEnd = board.stream().map(Officer::termEnd).min(Comparator.naturalOrder());
            if (termEnd.isPresent() && termEnd.get().isBefore(today)) {
                alerts.add(new Alert("BOARD_TERM_OVER", List.of(fmt.date(termEnd.get()))));
            } else if (termEnd.isPresent()
                    && !termEnd.get().isAfter(today.plusDays(properties.termWarningDays()))) {
                alerts.add(new Alert("BOARD_TERM_ENDING", List.of(fmt.date(termEnd.get()),
                        String.valueOf(ChronoUnit.DAYS.between(today, termEnd.get())))));
            }
            if (!GovernanceRules.boardSizeAllowed(board.size(), properties.boardMin(), properties.boardMax())) {
                alerts.add(new Alert("BOARD_SIZE", List.of(String.valueOf(board.size()),
                        String.valueOf(properties.boardMin()), String.valueOf(properties.boardMax()))));
            }
        }
        // an accepted request for an extraordinary assembly past its day, with no extraordinary assembly called since
        for (vn.htxso.governance.internal.AssemblyRequests.Row r : requests.of(id)) {
            if (RequestKind.EXTRAORDINARY.name().equals(r.kind()) && RequestStatus.ACCEPTED.name().equals(r.status())
                    && r.conveneBy() != null && r.conveneBy().isBefore(today)
                    && all.stream().noneMatch(a -> a.kind() == AssemblyKind.EXTRAORDINARY
                            && !a.createdAt().atZone(VnFormat.ZONE).toLocalDate().isBefore(r.receivedOn()))) {
                alerts.add(new Alert("EXTRAORDINARY_REQUEST_OVERDUE", List.of(fmt.date(r.receivedOn()),
                        fmt.date(r.conveneBy()))));
            }
        }
        if (charter.adoptedBy() != null && charter.effectiveOn().isBefore(properties.lawInForceOn())) {
            alerts.add(new Alert("CHARTER_OUTDATED", List.of(fmt.date(charter.effectiveOn()),
                    fmt.date(properties.lawInForceOn()))));
        }
        List<RegisteredMember> unpaid = members.stream()
                .filter(m -> m.capitalPaidVnd() < m.capitalPledgedVnd()).toList();
        if (!unpaid.isEmpty()) {
            long missing = unpaid.stream().mapToLong(m -> m.capitalPledgedVnd() - m.capitalPaidVnd()).sum();
            alerts.add(new Alert("UNPAID_CAPITAL", List.of(String.valueOf(unpaid.size()), fmt.vnd(missing))));
        }
        Transactions.Revenue revenue = transactions.revenue(id, fiscalYear);
        if (revenue.totalVnd() > 0 && revenue.internalVnd() * 100 < revenue.totalVnd()
                * (long) properties.internalRatioMinimumPercent()) {
            alerts.add(new Alert("INTERNAL_RATIO_LOW", List.of(String.valueOf(fiscalYear),
                    ratio(revenue), String.valueOf(properties.internalRatioMinimumPercent()))));
        }
        return alerts;
    }

    static String ratio(Transactions.Revenue revenue) {
        if (revenue.totalVnd() == 0) {
            return "—";
        }
        return java.math.BigDecimal.valueOf(revenue.internalVnd() * 100.0 / revenue.totalVnd())
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** One co-op on the alliance's page. */
    public record MonitoredCoop(OrganisationSummary organisation, List<Alert> alerts) {
    }

    /** A province: co-ops using governance here, with their alerts, and counts by commune. */
    public record ProvinceView(String provinceCode, int cooperatives, List<MonitoredCoop> monitored,
                               List<CommuneCount> communes) {
        public long withAlerts() {
            return monitored.stream().filter(c -> !c.alerts().isEmpty()).count();
        }
    }

    /** @param monitored co-ops of the commune using governance here; withAlerts those with at least one alert */
    public record CommuneCount(String communeName, int monitored, int withAlerts) {
    }

    public ProvinceView province(CurrentUser user, String provinceCode) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (!user.administers(provinceCode)) {
            throw new NotFound("province");
        }
        return provinceView(provinceCode);
    }

    ProvinceView provinceView(String provinceCode) {
        List<OrganisationSummary> orgs = registry.inProvince(provinceCode);
        Set<UUID> monitored = charterRows.monitored();
        List<MonitoredCoop> rows = orgs.stream().filter(o -> monitored.contains(o.id().value()))
                .map(o -> new MonitoredCoop(o, summary(o).alerts()))
                .sorted(Comparator.comparing((MonitoredCoop c) -> -c.alerts().size())
                        .thenComparing(c -> c.organisation().name()))
                .toList();
        java.util.Map<String, int[]> byCommune = new java.util.TreeMap<>();
        for (MonitoredCoop c : rows) {
            int[] counts = byCommune.computeIfAbsent(c.organisation().communeName(), k -> new int[2]);
            counts[0]++;
            if (!c.alerts().isEmpty()) {
                counts[1]++;
            }
        }
        return new ProvinceView(provinceCode, orgs.size(), rows, byCommune.entrySet().stream()
                .map(e -> new CommuneCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    /** The national view: per province, co-ops using governance here and those with alerts. */
    public record ProvinceCount(String provinceCode, int monitored, long withAlerts, long overdue) {
    }

    public List<ProvinceCount> national(CurrentUser user, List<String> provinceCodes) {
        if (user == null || !user.isNationalAdmin()) {
            throw user != null && user.isAdmin() ? new NotFound("national") : new Forbidden();
        }
        return provinceCodes.stream().map(this::provinceView)
                .map(v -> new ProvinceCount(v.provinceCode(), v.monitored().size(), v.withAlerts(),
                        v.monitored().stream().filter(c -> c.alerts().stream()
                                .anyMatch(a -> a.code().equals("ANNUAL_ASSEMBLY_OVERDUE"))).count()))
                .toList();
    }

    /** Whether the co-op's summary shows any alert (for other services). */
    boolean hasAlerts(UUID organisationId) {
        return registry.find(new CooperativeId(organisationId)).map(o -> !summary(o).alerts().isEmpty())
                .orElse(false);
    }
}
