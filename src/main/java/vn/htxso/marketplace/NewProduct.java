package vn.htxso.marketplace;

/** What a seller gives for a new product. */
public record NewProduct(String name, String description, Category category, String unit, long priceVnd, int stock,
                         Integer weightGrams) {
}
