/**
 * DX support programmes: providers, programmes with a budget and a subsidy rule, a catalogue of packages,
 * applications through their states (approval reserves the subsidy, payment of claims), reminders for
 * re-assessment and the effect report. Its API is {@link vn.htxso.support.Programmes} and
 * {@link vn.htxso.support.Applications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support", allowedDependencies = {"platform", "registry", "assessment"})
package vn.htxso.support;
