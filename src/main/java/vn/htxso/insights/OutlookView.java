package vn.htxso.insights;

import java.util.UUID;

/**
 * A product's outlook as the seller's pages show it: words ("about 40–60 jars in the next 4 weeks"), the method and
 * its MASE against the baseline's, and a chart. {@code forecast} is null when there are not enough sales yet.
 *
 * @param low  the sum of the steps' 80 % lower bounds, rounded down (a conservative band for the whole horizon)
 * @param high the sum of the steps' upper bounds, rounded up
 */
public record OutlookView(UUID shopId, UUID productId, String productName, String unit, int horizon, int nonZero,
                          int minNonZero, Forecast forecast, long low, long high, long expected, OutlookChart chart) {

    static OutlookView of(UUID shopId, Forecasts.ProductOutlook outlook) {
        Forecast f = outlook.forecast();
        long low = f == null ? 0 : (long) Math.floor(f.totalLow());
        long high = f == null ? 0 : (long) Math.ceil(f.totalHigh());
        long expected = f == null ? 0 : Math.round(f.total());
        return new OutlookView(shopId, outlook.productId(), outlook.productName(), outlook.unit(), outlook.horizon(),
                outlook.nonZero(), Forecasts.MIN_NON_ZERO, f, low, high, expected,
                OutlookChart.of(outlook.history(), f));
    }

    public boolean enoughSales() {
        return forecast != null;
    }
}
