package vn.htxso.marketplace;

/** PLACED → CONFIRMED → SHIPPING → DELIVERED → COMPLETED, or CANCELLED. */
public enum OrderStatus {
    PLACED, CONFIRMED, SHIPPING, DELIVERED, COMPLETED, CANCELLED;

    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PLACED -> next == CONFIRMED || next == CANCELLED;
            case CONFIRMED -> next == SHIPPING || next == CANCELLED;
            case SHIPPING -> next == DELIVERED;
            case DELIVERED -> next == COMPLETED;
            case COMPLETED, CANCELLED -> false;
        };
    }
}
