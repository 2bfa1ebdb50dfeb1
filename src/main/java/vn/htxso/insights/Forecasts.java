package vn.htxso.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.htxso.marketplace.SalesHistory;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;

/** Forecasts of any series (API) and of a seller's product from its weekly sales. */
@Service
public class Forecasts {

    /** Weeks of sales history read for a product forecast (three years). */
    static final int HISTORY_WEEKS = 156;
    static final int MIN_VALUES = 10;
    static final int MAX_VALUES = 520;
    static final int MAX_HORIZON = 52;
    /** Below this many non-zero values there is no forecast: "not enough sales yet" (domain rule 2). */
    public static final int MIN_NON_ZERO = 8;
    static final int MAX_PRODUCTS = 50;

    private final SalesHistory sales;

    Forecasts(SalesHistory sales) {
        this.sales = sales;
    }

    /**
     * A forecast of {@code series}; bad input is a 400 naming its field (series: 10–520 finite values ≥ 0;
     * horizon: 1–52 and short enough to leave a training part before the hold-out; period required); fewer than
     * {@value #MIN_NON_ZERO} non-zero values is a 422 (not enough data).
     */
    public Forecast forecast(List<Double> series, Period period, Integer horizon) {
        return compute(series, period, horizon);
    }

    /** The same, as a pure function (for benchmarks and callers without a Spring context). */
    public static Forecast compute(List<Double> series, Period period, Integer horizon) {
        List<FieldProblem> problems = new ArrayList<>();
        if (series == null || series.size() < MIN_VALUES || series.size() > MAX_VALUES) {
            problems.add(new FieldProblem("series", "insights.forecast.series.size", MIN_VALUES, MAX_VALUES));
        } else if (series.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
            problems.add(new FieldProblem("series", "insights.forecast.series.number"));
        } else if (series.stream().anyMatch(v -> v < 0)) {
            problems.add(new FieldProblem("series", "insights.forecast.series.negative"));
        }
        if (period == null) {
            problems.add(new FieldProblem("period", "insights.forecast.period.required"));
        }
        if (horizon == null || horizon < 1 || horizon > MAX_HORIZON) {
            problems.add(new FieldProblem("horizon", "insights.forecast.horizon.range", 1, MAX_HORIZON));
        } else if (problems.isEmpty() && series.size() - horizon < ForecastEngine.minimumTraining(horizon)) {
            problems.add(new FieldProblem("horizon", "insights.forecast.horizon.tooLong",
                    series.size() - ForecastEngine.minimumTraining(horizon)));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, problems, "insights.forecast.invalid");
        }
        double[] values = series.stream().mapToDouble(Double::doubleValue).toArray();
        if (Classifier.nonZero(values) < MIN_NON_ZERO) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "insights.forecast.notEnough",
                    MIN_NON_ZERO);
        }
        return ForecastEngine.forecast(values, period, horizon);
    }

    /**
     * A product's outlook for its seller: weekly sales since its first sale within the last three years, and a
     * forecast when there are at least {@value #MIN_NON_ZERO} weeks with sales ({@code forecast} is null otherwise).
     */
    public ProductOutlook forProduct(CurrentUser user, UUID shopId, UUID productId, int horizon) {
        return outlookOf(sales.weekly(user, shopId, productId, HISTORY_WEEKS), horizon);
    }

    private static ProductOutlook outlookOf(SalesHistory.WeeklySales weekly, int horizon) {
        long[] all = weekly.quantities();
        int start = 0;
        while (start < all.length && all[start] == 0) {
            start++;
        }
        double[] history = Arrays.stream(Arrays.copyOfRange(all, start, all.length)).asDoubleStream().toArray();
        int nonZero = Classifier.nonZero(history);
        Forecast forecast = null;
        if (nonZero >= MIN_NON_ZERO && history.length - horizon >= ForecastEngine.minimumTraining(horizon)
                && history.length >= MIN_VALUES) {
            forecast = ForecastEngine.forecast(history, Period.WEEK, horizon);
        }
        return new ProductOutlook(weekly.productId(), weekly.productName(), weekly.unit(),
                weekly.firstWeek().plusWeeks(start), history, nonZero, horizon, forecast);
    }

    /** The outlook of every product of the seller's shop (at most {@value #MAX_PRODUCTS}, by name). */
    public List<OutlookView> outlooks(CurrentUser user, UUID shopId, int horizon) {
        return sales.weeklyOfShop(user, shopId, HISTORY_WEEKS, MAX_PRODUCTS).stream()
                .map(weekly -> OutlookView.of(shopId, outlookOf(weekly, horizon))).toList();
    }

    /** One product's outlook for its seller. */
    public OutlookView outlook(CurrentUser user, UUID shopId, UUID productId, int horizon) {
        return OutlookView.of(shopId, forProduct(user, shopId, productId, horizon));
    }

    /**
     * @param firstWeek Monday of the week of {@code history[0]}
     * @param forecast  null when there are not enough sales yet
     */
    public record ProductOutlook(UUID productId, String productName, String unit, LocalDate firstWeek,
                                 double[] history, int nonZero, int horizon, Forecast forecast) {

        public boolean enoughSales() {
            return forecast != null;
        }
    }
}
