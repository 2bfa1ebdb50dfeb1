package vn.htxso.marketplace;

import java.util.List;
import java.util.Map;

/** One page of products with the total and the facet counts (province, category, OCOP stars, ethnic minority). */
public record SearchResult(List<ProductView> items, long total, Map<String, Long> provinces,
                           Map<Category, Long> categories, Map<Integer, Long> ocopStars, long ethnicMinority) {
}
