package vn.htxso.governance;

/** Why a member's capital is refunded (Art. 90): the member left, died (to the heirs) or was expelled. */
public enum RefundReason {
    LEFT, DIED, EXPELLED
}
