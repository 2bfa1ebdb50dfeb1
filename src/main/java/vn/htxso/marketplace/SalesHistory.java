package vn.htxso.marketplace;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Sales;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;

/** Read-only sales history of a seller's products (for forecasts): quantities sold per full week, not cancelled. */
@Service
@Transactional(readOnly = true)
public class SalesHistory {

    private final Catalogue catalogue;
    private final Sales sales;
    private final Clock clock;

    SalesHistory(Catalogue catalogue, Sales sales, Clock clock) {
        this.catalogue = catalogue;
        this.sales = sales;
        this.clock = clock;
    }

    /**
     * @param firstWeek Monday of the first week of {@code quantities}; the last week is the one before the current
     */
    public record WeeklySales(UUID productId, String productName, String unit, LocalDate firstWeek,
                              long[] quantities) {
    }

    /** The last {@code weeks} full weeks of one product of the seller's shop (403/404 like the seller's pages). */
    public WeeklySales weekly(CurrentUser user, UUID shopId, UUID productId, int weeks) {
        catalogue.shopForSeller(user, shopId);
        Sales.ProductName product = sales.product(shopId, productId).orElseThrow(() -> new NotFound("product"));
        Weeks range = Weeks.before(clock, weeks);
        long[] quantities = new long[weeks];
        sales.forEachOfProduct(shopId, productId, range.from(), range.to(),
                sold -> range.add(quantities, sold.placedAt(), sold.quantity()));
        return new WeeklySales(productId, product.name(), product.unit(), range.first(), quantities);
    }

    /**
     * The same for the seller's products of a shop, by name, at most {@code maxProducts}: one read of the shop's
     * sales instead of one per product (the seller's dashboard shows the outlook of its products).
     */
    public List<WeeklySales> weeklyOfShop(CurrentUser user, UUID shopId, int weeks, int maxProducts) {
        List<ProductView> products = catalogue.sellerProducts(user, shopId).stream().limit(maxProducts).toList();
        if (products.isEmpty()) {
            return List.of();
        }
        Weeks range = Weeks.before(clock, weeks);
        java.util.Map<UUID, long[]> quantities = new java.util.HashMap<>();
        products.forEach(p -> quantities.put(p.id(), new long[weeks]));
        sales.forEachOfShop(shopId, range.from(), range.to(), sold -> {
            long[] row = quantities.get(sold.productId());
            if (row != null) {
                range.add(row, sold.placedAt(), sold.quantity());
            }
        });
        return products.stream()
                .map(p -> new WeeklySales(p.id(), p.name(), p.unit(), range.first(), quantities.get(p.id()))).toList();
    }

    /** Full weeks (Monday to Sunday, Vietnam time) ending before the current one. */
    private record Weeks(LocalDate first, int count, OffsetDateTime from, OffsetDateTime to) {

        static Weeks before(Clock clock, int count) {
            LocalDate thisWeek = LocalDate.now(clock.withZone(VnFormat.ZONE))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate first = thisWeek.minusWeeks(count);
            return new Weeks(first, count, first.atStartOfDay(VnFormat.ZONE).toOffsetDateTime(),
                    thisWeek.atStartOfDay(VnFormat.ZONE).toOffsetDateTime());
        }

        void add(long[] quantities, OffsetDateTime placedAt, long quantity) {
            LocalDate day = placedAt.atZoneSameInstant(VnFormat.ZONE).toLocalDate();
            int week = (int) ChronoUnit.WEEKS.between(first, day);
            if (week >= 0 && week < count) {
                quantities[week] += quantity;
            }
        }
    }

    /**
     * Sales (VND, orders not cancelled) per month of the shops of each organisation, {@code months} months from
     * {@code first}: for analyses across co-ops (no user check; figures only).
     */
    public java.util.Map<UUID, long[]> monthlyByOrganisation(java.util.Collection<UUID> organisations,
                                                            java.time.YearMonth first, int months) {
        java.util.Map<UUID, long[]> monthly = new java.util.HashMap<>();
        organisations.forEach(o -> monthly.put(o, new long[months]));
        if (organisations.isEmpty()) {
            return monthly;
        }
        OffsetDateTime from = first.atDay(1).atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        OffsetDateTime to = first.plusMonths(months).atDay(1).atStartOfDay(VnFormat.ZONE).toOffsetDateTime();
        sales.forEachOfOrganisations(organisations, from, to, sale -> {
            long[] row = monthly.get(sale.organisationId());
            java.time.YearMonth month = java.time.YearMonth.from(sale.placedAt().atZoneSameInstant(VnFormat.ZONE));
            int index = (int) first.until(month, ChronoUnit.MONTHS);
            if (row != null && index >= 0 && index < months) {
                row[index] += sale.totalVnd();
            }
        });
        return monthly;
    }
}
