/**
 * Insights: small, offline, explainable analytics over the platform's own data: sales forecasts for sellers, anomaly
 * flags on annual reports, and the "from support to sales" impact of DX packages. It reads other modules through
 * their APIs only and writes nothing of theirs. Its API is {@link vn.htxso.insights.Forecasts},
 * {@link vn.htxso.insights.Anomalies} and {@link vn.htxso.insights.Impacts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights",
        allowedDependencies = {"platform", "registry", "marketplace", "support", "assessment"})
package vn.htxso.insights;
