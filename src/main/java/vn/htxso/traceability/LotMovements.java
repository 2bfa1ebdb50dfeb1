package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnTime;
import vn.htxso.traceability.internal.CoopTraceSettings;
import vn.htxso.traceability.internal.EpcisEvents;
import vn.htxso.traceability.internal.EpcisEvents.Quantity;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.StepEvents;

/**
 * Where a lot went: shipping takes the quantity out of the lot, receiving records what came in. Each is stored as an
 * EPCIS 2.0 object event. (What is made of lots is {@link LotSteps}.)
 */
@Service
@Transactional
public class LotMovements {

    private enum Direction { SHIP, RECEIVE }

    private final Traceability queries;
    private final Lots lots;
    private final CoopTraceSettings settings;
    private final StepEvents events;
    private final EpcisEvents epcis;
    private final AuditLog audit;
    private final Clock clock;

    LotMovements(Traceability queries, Lots lots, CoopTraceSettings settings, StepEvents events, EpcisEvents epcis,
                 AuditLog audit, Clock clock) {
        this.queries = queries;
        this.lots = lots;
        this.settings = settings;
        this.events = events;
        this.epcis = epcis;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Shipping: the quantity leaves the co-op for {@code party} and is taken out of the lot. (Receiving, e.g. a
     * member's delivery to the co-op's warehouse, is {@link #receive}.)
     */
    public void ship(CurrentUser user, UUID lotId, String party, LocalDate date, BigDecimal quantity) {
        move(user, lotId, Direction.SHIP, party, date, quantity);
    }

    /** Receiving: the lot comes in from {@code party}; the quantity is recorded only (see {@link #ship}). */
    public void receive(CurrentUser user, UUID lotId, String party, LocalDate date, BigDecimal quantity) {
        move(user, lotId, Direction.RECEIVE, party, date, quantity);
    }

    private void move(CurrentUser user, UUID lotId, Direction direction, String party, LocalDate date, BigDecimal quantity) {
        boolean ship = direction == Direction.SHIP;
        Lot lot = queries.ownLot(user, lotId);
        Access.managedCoop(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (EntryChecks.blank(party) || party.strip().length() > 200) {
            problems.add(new FieldProblem("party", "traceability.field.required"));
        }
        if (date == null || date.isAfter(VnTime.today(clock)) || date.isBefore(lot.producedOn())) {
            problems.add(new FieldProblem("date", "traceability.log.date.invalid"));
        }
        EntryChecks.quantity(problems, quantity);
        if (problems.isEmpty() && ship && quantity.compareTo(lot.remaining()) > 0) {
            problems.add(new FieldProblem("quantity", "traceability.step.tooMuch", lot.remaining()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "error.422");
        }
        if (ship && !lots.consume(lot.id(), quantity)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.step.tooMuch", lot.remaining());
        }
        Instant now = clock.instant();
        TraceSettings s = settings.of(lot.organisationId(), now);
        lots.insertShipment(new Shipment(UUID.randomUUID(), lot.id(), ship ? "SHIP" : "RECEIVE", party.strip(),
                date, quantity), lot.organisationId(), now);
        UUID eventId = UUID.randomUUID();
        var event = epcis.movement(eventId, events.timeOf(date), ship,
                new Quantity(lot.gtin(), lot.lotNumber(), quantity, lot.unit()), party.strip(),
                EpcisEvents.sgln(s.companyPrefix(), 0));
        events.store(eventId, lot.organisationId(), event, Set.of(lot.id()), now);
        audit.record(AuditEntry.of(ship ? "traceability.lot.shipped" : "traceability.lot.received", "lot", lot.id(),
                party.strip()).ofOrganisation(lot.organisationId()));
    }
}
