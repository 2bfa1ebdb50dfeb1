package vn.htxso.traceability;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.Lots;

/**
 * Publishing: a lot's trace page becomes public and its history (and that of every lot upstream) is frozen; the
 * product a GTIN is sold as is linked; a carton's Digital Link finds its published lot.
 */
@Service
@Transactional
public class LotPublishing {

    private final Traceability queries;
    private final LotSteps steps;
    private final Lots lots;
    private final DiaryLogs logs;
    private final AuditLog audit;
    private final Clock clock;

    LotPublishing(Traceability queries, LotSteps steps, Lots lots, DiaryLogs logs, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.steps = steps;
        this.lots = lots;
        this.logs = logs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes a lot: its trace page becomes public; it and every lot upstream are frozen. */
    public void publish(CurrentUser user, UUID lotId) {
        Lot lot = queries.ownLot(user, lotId);
        Access.managedCoop(user);
        if (lot.published()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.lot.alreadyPublished");
        }
        List<UUID> upstream = lots.upstream(lot.id());
        for (UUID id : upstream) {
            Lot l = lots.find(id).orElseThrow();
            if (!l.published() && l.origin() == LotOrigin.HARVEST) {
                logs.ofLot(l.id()).stream().filter(g -> g.kind() == LogKind.HARVEST).findFirst()
                        .ifPresent(h -> steps.linkSeason(l, h.id()));
            }
        }
        lots.publish(new HashSet<>(upstream), clock.instant());
        audit.record(AuditEntry.of("traceability.lot.published", "lot", lot.id(),
                lot.gtin() + "/" + lot.lotNumber()).ofOrganisation(lot.organisationId()));
    }

    /** For the marketplace (or a fixture): the product a GTIN is sold as. */
    public void linkProduct(CurrentUser user, String gtin, UUID productId) {
        UUID coop = Access.managedCoop(user);
        TraceProduct product = lots.productByGtin(gtin).filter(p -> p.organisationId().equals(coop))
                .orElseThrow(() -> new NotFound("product"));
        lots.linkProduct(product.id(), productId);
        audit.record(AuditEntry.of("traceability.product.linked", "product", product.id(), String.valueOf(productId))
                .ofOrganisation(coop));
    }

    /** The published lot a carton (SSCC) holds, for the {@code /00/{sscc}} Digital Link; the first if several. */
    @Transactional(readOnly = true)
    public Optional<LotKey> publishedLotInCarton(String sscc) {
        return lots.lotsInCarton(sscc).stream().map(id -> lots.find(id).orElseThrow()).filter(Lot::published)
                .findFirst().map(l -> new LotKey(l.gtin(), l.lotNumber()));
    }
}
