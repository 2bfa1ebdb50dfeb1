package vn.htxso.marketplace;

/** Product categories of the market (labels in messages: {@code marketplace.Category.*}). */
public enum Category {
    TEA, HONEY, SPICE, HERB, FRUIT, RICE, VEGETABLE, MEAT, HANDICRAFT, BROCADE, OTHER
}
