package vn.htxso.marketplace;

/**
 * A search of the market. Every filter may be {@code null}.
 *
 * @param q words, matched ignoring case and Vietnamese diacritics
 */
public record ProductSearch(String q, String province, Integer ocopStars, Category category, Boolean ethnicMinority,
                            Sort sort, int page, int size) {

    public enum Sort { RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST }

    public ProductSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 100);
        sort = sort == null ? Sort.RELEVANCE : sort;
        q = q == null || q.isBlank() ? null : q.strip();
        province = province == null || province.isBlank() ? null : province;
    }

    public static ProductSearch of(String q, String province, Integer ocopStars, int page, int size) {
        return new ProductSearch(q, province, ocopStars, null, null, Sort.RELEVANCE, page, size);
    }
}
