package vn.htxso.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of an application for a support package and who may move it where (the domain notes' flow).
 * WITHDRAWN (by the co-op) and CANCELLED (by the alliance) are possible from any state before payment.
 */
public enum ApplicationState {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, OFFER_ACCEPTED, DEPLOYING, DEPLOYED, ACCEPTED, CLAIM_SUBMITTED,
    CLAIM_APPROVED, CLAIM_REJECTED, PAID, HOLDING, CLOSED, WITHDRAWN, CANCELLED;

    private static final Map<ApplicationState, Map<ApplicationState, Set<Actor>>> FLOW = Map.ofEntries(
            Map.entry(DRAFT, Map.of(SUBMITTED, EnumSet.of(Actor.COOP))),
            Map.entry(SUBMITTED, Map.of(UNDER_REVIEW, EnumSet.of(Actor.ADMIN))),
            Map.entry(UNDER_REVIEW, Map.of(APPROVED, EnumSet.of(Actor.ADMIN), REJECTED, EnumSet.of(Actor.ADMIN))),
            Map.entry(APPROVED, Map.of(OFFER_ACCEPTED, EnumSet.of(Actor.COOP))),
            Map.entry(OFFER_ACCEPTED, Map.of(DEPLOYING, EnumSet.of(Actor.PROVIDER))),
            Map.entry(DEPLOYING, Map.of(DEPLOYED, EnumSet.of(Actor.PROVIDER))),
            Map.entry(DEPLOYED, Map.of(ACCEPTED, EnumSet.of(Actor.COOP))),
            Map.entry(ACCEPTED, Map.of(CLAIM_SUBMITTED, EnumSet.of(Actor.COOP, Actor.PROVIDER))),
            Map.entry(CLAIM_SUBMITTED, Map.of(CLAIM_APPROVED, EnumSet.of(Actor.ADMIN), CLAIM_REJECTED, EnumSet.of(Actor.ADMIN))),
            Map.entry(CLAIM_REJECTED, Map.of(CLAIM_SUBMITTED, EnumSet.of(Actor.COOP, Actor.PROVIDER))),
            Map.entry(CLAIM_APPROVED, Map.of(PAID, EnumSet.of(Actor.ADMIN))),
            Map.entry(PAID, Map.of(HOLDING, EnumSet.of(Actor.ADMIN))),
            Map.entry(HOLDING, Map.of(CLOSED, EnumSet.of(Actor.ADMIN))));

    /** States from which the co-op may withdraw and the alliance may cancel: every open state before payment. */
    public boolean beforePayment() {
        return switch (this) {
            case PAID, HOLDING, CLOSED, REJECTED, WITHDRAWN, CANCELLED -> false;
            default -> true;
        };
    }

    public boolean closed() {
        return this == CLOSED || this == REJECTED || this == WITHDRAWN || this == CANCELLED;
    }

    /** Whether {@code actor} may move an application from this state to {@code to}. */
    public boolean allows(ApplicationState to, Actor actor) {
        if (to == WITHDRAWN) {
            return actor == Actor.COOP && beforePayment();
        }
        if (to == CANCELLED) {
            return actor == Actor.ADMIN && beforePayment();
        }
        return FLOW.getOrDefault(this, Map.of()).getOrDefault(to, Set.of()).contains(actor);
    }

    /** The states the actor may move to from here. */
    public Set<ApplicationState> next(Actor actor) {
        Set<ApplicationState> next = EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState to : values()) {
            if (allows(to, actor)) {
                next.add(to);
            }
        }
        return next;
    }

    /** Whether the state needs a reason in words. */
    public boolean needsReason() {
        return this == REJECTED || this == CLAIM_REJECTED || this == CANCELLED;
    }
}
