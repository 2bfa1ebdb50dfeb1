package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.Charters;
import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.FundMovements;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.OrganisationSummary;

/**
 * The indivisible fund (Art. 84): every movement has a source; money comes from state support, gifts, income shares
 * and interest and goes out only to build indivisible assets; the balance never goes below zero and nothing is ever
 * paid to members from it (capital refunds never come out of it).
 */
@Service
@Transactional(readOnly = true)
public class IndivisibleFund {

    private final FundMovements movements;
    private final Charters charterRows;
    private final CharterSettings charters;
    private final CoopScope scope;
    private final AuditLog auditLog;
    private final Clock clock;

    IndivisibleFund(FundMovements movements, Charters charterRows, CharterSettings charters, CoopScope scope,
                    AuditLog auditLog, Clock clock) {
        this.movements = movements;
        this.charterRows = charterRows;
        this.charters = charters;
        this.scope = scope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record FundView(long balanceVnd, List<FundMovements.Movement> movements) {
    }

    public FundView of(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        return new FundView(movements.balance(organisationId), movements.of(organisationId));
    }

    /** A movement: positive amounts for the sources, a negative amount for an INVESTMENT in indivisible assets. */
    @Transactional
    public void record(CurrentUser user, UUID organisationId, LocalDate occurredOn, FundSource source, long amountVnd,
                       String note) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        add(organisationId, occurredOn, source, amountVnd, note);
        auditLog.record(AuditLog.AuditEntry.of("governance.fund.moved", "fund", organisationId,
                source + " " + amountVnd).inProvince(org.provinceCode()).ofOrganisation(organisationId));
    }

    /** Adds a movement under the co-op's lock (callers audit). */
    void add(UUID organisationId, LocalDate occurredOn, FundSource source, long amountVnd, String note) {
        if (source == null || occurredOn == null) {
            throw Convening.invalid(source == null ? "source" : "occurredOn", "governance.fund.required");
        }
        if (occurredOn.isAfter(LocalDate.now(clock))) {
            throw Convening.invalid("occurredOn", "governance.fund.future");
        }
        if (amountVnd == 0 || (source == FundSource.INVESTMENT) != (amountVnd < 0)) {
            throw Convening.invalid("amountVnd", "governance.fund.sign");
        }
        charters.ensure(organisationId, occurredOn);
        charterRows.lock(organisationId);
        long balance = movements.balance(organisationId) + amountVnd;
        if (balance < 0) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "governance.fund.negative");
        }
        movements.insert(organisationId, new FundMovements.Movement(UUID.randomUUID(), occurredOn, source.name(),
                amountVnd, balance, note == null || note.isBlank() ? null : note.strip(), clock.instant()));
    }
}
