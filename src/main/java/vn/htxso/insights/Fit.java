package vn.htxso.insights;

/**
 * A method fitted to a series: its point forecasts for the next {@code h} periods, the standard deviation of its
 * in-sample one-step errors and, per step, the factor by which that deviation grows (from the state-space form of
 * each method, Hyndman &amp; Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., tables 5.2 and 8.8).
 */
record Fit(ForecastMethod method, double[] forecast, double sigma, double[] spread) {
}
