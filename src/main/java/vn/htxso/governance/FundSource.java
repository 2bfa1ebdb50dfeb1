package vn.htxso.governance;

/** Where a movement of the indivisible fund comes from (Art. 84); INVESTMENT is a use (building indivisible assets), never a payment to members. */
public enum FundSource {
    STATE_SUPPORT, GIFT, INCOME_SHARE, INTEREST, INVESTMENT
}
