package vn.htxso.traceability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.traceability.internal.Gs1;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.CoopTraceSettings;

/**
 * The lots a co-op sees and its traceability settings (GS1 numbering). The steps that make and move lots are
 * {@link LotSteps}; publishing is {@link LotPublishing}.
 */
@Service
@Transactional
public class Traceability {

    private final Lots lots;
    private final CoopTraceSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Traceability(Lots lots, CoopTraceSettings settings, AuditLog audit, Clock clock) {
        this.lots = lots;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of {@code GET /api/v1/lots}: published lots first, then by production day, newest first. */
    public record LotRow(String gtin, String lot, String productName, LocalDate harvestedOn) {
    }

    @Transactional(readOnly = true)
    public List<LotRow> lotRows(CurrentUser user) {
        // published lots first (their links work for everyone), then the newest
        return lots.ofOrganisation(Access.coop(user)).stream()
                .sorted(java.util.Comparator.comparing((Lot l) -> !l.published()))
                .map(l -> new LotRow(l.gtin(), l.lotNumber(), l.productName(), l.harvestedOn())).toList();
    }

    @Transactional(readOnly = true)
    public List<Lot> lots(CurrentUser user) {
        return lots.ofOrganisation(Access.coop(user));
    }

    @Transactional(readOnly = true)
    public List<Lot> available(CurrentUser user) {
        return lots.available(Access.managedCoop(user));
    }

    @Transactional(readOnly = true)
    public Lot ownLot(CurrentUser user, UUID id) {
        Lot lot = lots.find(id).orElseThrow(() -> new NotFound("lot"));
        Access.own(user, lot.organisationId(), "lot");
        return lot;
    }

    /** One of the user's co-op's lots by its GS1 key (the API's address of a lot); another co-op's: 404. */
    @Transactional(readOnly = true)
    public Lot ownLot(CurrentUser user, String gtin, String lotNumber) {
        Lot lot = lots.find(gtin, lotNumber).orElseThrow(() -> new NotFound("lot"));
        Access.own(user, lot.organisationId(), "lot");
        return lot;
    }

    /** A page of the co-op's lots (published first, then the newest) and how many there are. */
    public record LotPage(List<LotRow> items, long total) {
    }

    @Transactional(readOnly = true)
    public LotPage lotRows(CurrentUser user, int page, int size) {
        List<LotRow> all = lotRows(user);
        int from = (int) Math.min((long) Math.max(page, 0) * size, all.size());
        return new LotPage(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), all.size());
    }

    /** A lot of any co-op by its GS1 key, for the public trace page and for other modules. */
    @Transactional(readOnly = true)
    public Optional<LotKey> find(String gtin, String lotNumber) {
        return lots.find(gtin, lotNumber).map(l -> new LotKey(l.gtin(), l.lotNumber()));
    }

    /** How many lots each organisation published in [from, to): for other modules' statistics, no user check. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Integer> publishedLotCounts(java.util.Collection<UUID> organisationIds, Instant from,
                                                      Instant to) {
        return lots.publishedCounts(organisationIds, from, to);
    }

    /** The latest published lots of the organisations (public GS1 keys only), for public showcase pages. */
    @Transactional(readOnly = true)
    public List<LotRow> publishedLots(java.util.Collection<UUID> organisationIds, int limit) {
        return lots.publishedOf(organisationIds, limit).stream()
                .map(l -> new LotRow(l.gtin(), l.lotNumber(), l.productName(), l.harvestedOn())).toList();
    }

    @Transactional(readOnly = true)
    public TraceSettings settings(CurrentUser user) {
        UUID coop = Access.managedCoop(user);
        return settings.find(coop).orElseGet(() -> new TraceSettings(coop, "", false, false));
    }

    /** A manager sets the co-op's GS1 company prefix (once it has lots, the prefix no longer changes) and privacy. */
    public void updateSettings(CurrentUser user, String companyPrefix, boolean publishMemberNames) {
        UUID coop = Access.managedCoop(user);
        Instant now = clock.instant();
        TraceSettings current = settings.of(coop, now);
        String prefix = companyPrefix == null ? "" : companyPrefix.strip();
        boolean assigned = current.gs1Assigned();
        if (!prefix.isEmpty() && !prefix.equals(current.companyPrefix())) {
            if (!Gs1.isCompanyPrefix(prefix)) {
                throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                        List.of(new FieldProblem("companyPrefix", "traceability.settings.prefix.invalid")),
                        "error.422");
            }
            if (!lots.products(coop).isEmpty()) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.settings.prefix.inUse");
            }
            if (settings.prefixTaken(prefix, coop)) {
                throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.settings.prefix.taken");
            }
            assigned = true;
        } else {
            prefix = current.companyPrefix();
        }
        settings.update(coop, prefix, assigned, publishMemberNames, now);
        audit.record(AuditEntry.of("traceability.settings.updated", "organisation", coop,
                "prefix=" + prefix + " publishMemberNames=" + publishMemberNames).ofOrganisation(coop));
    }

    @Transactional(readOnly = true)
    public List<Shipment> shipments(CurrentUser user, UUID lotId) {
        return lots.shipments(ownLot(user, lotId).id());
    }

    /** The lots a lot was made from (direct inputs) and the lots made from it. */
    @Transactional(readOnly = true)
    public Neighbours neighbours(CurrentUser user, UUID lotId) {
        Lot lot = ownLot(user, lotId);
        return new Neighbours(lots.inputsOf(lot.id()).stream().map(i -> lots.find(i.lotId()).orElseThrow()).toList(),
                lots.outputsOf(lot.id()).stream().map(id -> lots.find(id).orElseThrow()).toList());
    }

    public record Neighbours(List<Lot> inputs, List<Lot> outputs) {
    }

    @Transactional(readOnly = true)
    public List<TraceProduct> products(CurrentUser user) {
        return lots.products(Access.coop(user));
    }

}
