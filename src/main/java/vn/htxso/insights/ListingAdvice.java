package vn.htxso.insights;

import java.util.List;
import java.util.UUID;

/**
 * Listing help for one product: a completeness score with the points of each criterion, warnings, a suggested title
 * and description, and the similar listings of the market the advice compares with.
 *
 * @param score          0–100, the sum of {@code criteria} points
 * @param method         how the similar listings were found ({@code MORE_LIKE_THIS}, {@code MORE_LIKE_THIS_REMOTE},
 *                       or {@code CATEGORY} when no text similarity was available)
 * @param medianPriceVnd the median comparable price of the similar listings (per kg when both weights are known,
 *                       else per unit of the same name), null with fewer than three comparables
 * @param comparables    how many similar listings the median is of
 * @param priceBasis     {@code KG} or {@code UNIT}: what the median and {@code ownPriceVnd} are per
 * @param ownPriceVnd    the product's price on the same basis
 */
public record ListingAdvice(UUID productId, int score, List<Criterion> criteria, List<Warning> warnings,
                            String suggestedTitle, String suggestedDescription, List<SimilarListing> similar,
                            String method, Long medianPriceVnd, int comparables, String priceBasis, Long ownPriceVnd) {

    /** A criterion of the score: {@code points} of {@code max}. Label {@code insights.listing.criterion.<code>}. */
    public record Criterion(String code, int points, int max) {

        public boolean met() {
            return points == max;
        }
    }

    /** A warning worded by {@code insights.listing.warning.<code>} with {@code args}. */
    public record Warning(String code, List<Object> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    public record SimilarListing(UUID id, String name, long priceVnd, String unit, String shopName, boolean hasPhoto,
                                 boolean goodListing) {
    }
}
