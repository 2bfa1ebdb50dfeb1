package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Charters;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.Distributions;
import vn.htxso.governance.internal.GovernanceRules;
import vn.htxso.governance.internal.MemberAccounts;
import vn.htxso.governance.internal.Transactions;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * Distribution of a year's income (Art. 86): the funds first by the charter's shares (rounded down to whole VND),
 * then the members: the charter's capital share of their part by capital paid, the rest by their use of the
 * co-op's services (internal transactions of the year); each part split by largest remainder, so the lines add up
 * exactly. When no member used the services, the whole members' part goes by capital (and the other way round).
 * A dry run stores nothing; a stored distribution puts the indivisible-fund share in the fund's ledger.
 */
@Service
@Transactional(readOnly = true)
public class IncomeDistribution {

    private final Distributions distributions;
    private final Transactions transactions;
    private final Charters charterRows;
    private final CharterSettings charters;
    private final IndivisibleFund fund;
    private final MemberAccounts memberAccounts;
    private final Registry registry;
    private final CoopScope scope;
    private final AuditLog auditLog;
    private final Clock clock;

    IncomeDistribution(Distributions distributions, Transactions transactions, Charters charterRows,
                       CharterSettings charters, IndivisibleFund fund, MemberAccounts memberAccounts,
                       Registry registry, CoopScope scope, AuditLog auditLog, Clock clock) {
        this.distributions = distributions;
        this.transactions = transactions;
        this.charterRows = charterRows;
        this.charters = charters;
        this.fund = fund;
        this.memberAccounts = memberAccounts;
        this.registry = registry;
        this.scope = scope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record Line(UUID memberId, String name, long usageVnd, long capitalVnd, long amountVnd) {
    }

    public record Plan(int year, long distributableIncomeVnd, long toIndivisibleFundVnd, long toOtherFundsVnd,
                       long toMembersVnd, List<Line> members, boolean stored) {
        public long toFundsVnd() {
            return toIndivisibleFundVnd + toOtherFundsVnd;
        }
    }

    @Transactional
    public Plan distribute(CurrentUser user, UUID organisationId, int year, long incomeVnd, boolean dryRun) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        LocalDate today = LocalDate.now(clock);
        if (incomeVnd < 0) {
            throw Convening.invalid("distributableIncomeVnd", "governance.distribution.negative");
        }
        if (year >= today.getYear() || year < 1990) {
            throw Convening.invalid("year", "governance.distribution.yearNotClosed");
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Charter charter = dryRun ? charters.inForce(organisationId, yearEnd) : charters.ensure(organisationId, yearEnd);
        long toIndivisible = GovernanceRules.share(incomeVnd, charter.indivisibleFundPercent());
        long toOther = GovernanceRules.share(incomeVnd, charter.otherFundsPercent());
        long toMembers = incomeVnd - toIndivisible - toOther;
        List<Line> lines = lines(organisationId, year, charter, toMembers);
        if (lines.isEmpty() && toMembers > 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.distribution.noMembers");
        }
        Plan plan = new Plan(year, incomeVnd, toIndivisible, toOther, toMembers, lines, !dryRun);
        if (dryRun) {
            return plan;
        }
        charterRows.lock(organisationId);
        if (distributions.exists(organisationId, year)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.distribution.exists", year);
        }
        UUID id = UUID.randomUUID();
        distributions.insert(new Distributions.Stored(id, organisationId, year, incomeVnd, toIndivisible, toOther,
                        toMembers, charter.id()),
                lines.stream().map(l -> new Distributions.Line(l.memberId(), l.name(), l.usageVnd(), l.capitalVnd(),
                        l.amountVnd())).toList(), clock.instant(), user.username());
        if (toIndivisible > 0) {
            fund.add(organisationId, today, FundSource.INCOME_SHARE, toIndivisible, "Phân phối thu nhập năm " + year);
        }
        auditLog.record(AuditLog.AuditEntry.of("governance.distribution.stored", "distribution", id,
                        year + ": income " + incomeVnd + ", funds " + plan.toFundsVnd() + ", members " + toMembers)
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return plan;
    }

    private List<Line> lines(UUID organisationId, int year, Charter charter, long toMembers) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Map<UUID, Long> usage = transactions.usageByMember(organisationId, year);
        List<RegisteredMember> members = registry.members(new CooperativeId(organisationId)).stream()
                .filter(RegisteredMember::official)
                .filter(m -> m.memberOn(yearEnd) || usage.getOrDefault(m.id(), 0L) > 0).toList();
        long[] usageWeights = members.stream().mapToLong(m -> Math.max(0, usage.getOrDefault(m.id(), 0L))).toArray();
        long[] capitalWeights = members.stream().mapToLong(m -> Math.max(0, m.capitalPaidVnd())).toArray();
        long byCapital = GovernanceRules.share(toMembers, charter.capitalSharePercent());
        long byUsage = toMembers - byCapital;
        boolean noUsage = java.util.Arrays.stream(usageWeights).sum() == 0;
        boolean noCapital = java.util.Arrays.stream(capitalWeights).sum() == 0;
        if (noUsage && noCapital) {
            return List.of();
        }
        if (noUsage) {
            byCapital = toMembers;
            byUsage = 0;
        } else if (noCapital) {
            byUsage = toMembers;
            byCapital = 0;
        }
        long[] a = GovernanceRules.largestRemainder(byUsage, usageWeights);
        long[] b = GovernanceRules.largestRemainder(byCapital, capitalWeights);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            RegisteredMember m = members.get(i);
            lines.add(new Line(m.id(), m.name(), usageWeights[i], capitalWeights[i], a[i] + b[i]));
        }
        return lines;
    }

    /** A stored distribution: the manager and alliances see every line, a member only their own. */
    public Optional<Plan> stored(CurrentUser user, UUID organisationId, int year) {
        scope.readable(user, organisationId);
        Optional<Distributions.Stored> found = distributions.find(organisationId, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Distributions.Stored d = found.get();
        boolean all = user.manages(organisationId) || user.isAdmin();
        Optional<UUID> me = memberAccounts.memberOf(user.id(), organisationId);
        List<Line> lines = distributions.lines(d.id()).stream()
                .filter(l -> all || me.map(l.memberId()::equals).orElse(false))
                .map(l -> new Line(l.memberId(), l.name(), l.usageVnd(), l.capitalVnd(), l.amountVnd())).toList();
        return Optional.of(new Plan(d.year(), d.distributableIncomeVnd(), d.toIndivisibleFundVnd(),
                d.toOtherFundsVnd(), d.toMembersVnd(), lines, true));
    }

    public List<Integer> years(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return distributions.years(organisationId);
    }

    Plan require(CurrentUser user, UUID organisationId, int year) {
        return stored(user, organisationId, year).orElseThrow(() -> new NotFound("distribution"));
    }
}
