package vn.htxso.insights;

/** The forecasting methods of the domain notes, simplest first. */
public enum ForecastMethod {
    NAIVE, SEASONAL_NAIVE, SES, DAMPED_HOLT, HOLT_WINTERS, CROSTON, SBA, TSB
}
