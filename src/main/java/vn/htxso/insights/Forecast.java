package vn.htxso.insights;

import java.util.List;

/**
 * A forecast that explains itself: the method chosen on the hold-out (the series' last {@code horizon} values), its
 * MASE there, the baseline's MASE ({@code null} when the history is flat and MASE is undefined), and an 80 % interval
 * per step.
 */
public record Forecast(ForecastMethod method, Double mase, ForecastMethod baselineMethod, Double baselineMase,
                       DemandClass demandClass, int nonZero, List<Step> forecast) {

    public record Step(int step, double value, double low, double high) {
    }

    /** Sum of the forecast's values and of its interval bounds (a rough band for the whole horizon). */
    public double total() {
        return forecast.stream().mapToDouble(Step::value).sum();
    }

    public double totalLow() {
        return forecast.stream().mapToDouble(Step::low).sum();
    }

    public double totalHigh() {
        return forecast.stream().mapToDouble(Step::high).sum();
    }
}
