/**
 * The smart new-rural commune scorecard (nông thôn mới thông minh, pillar two of Decision 924/QĐ-TTg: co-ops and
 * households as digital economic actors): each commune's figures from the platform's own data, against the
 * national default criteria or the province's own versioned set, with a score, a rank in the province, the change on
 * last year, a province and a national page, exports, the JSON API and a public showcase page per commune.
 *
 * <p>Why a module of its own rather than part of {@code insights}: the scorecard reads governance (annual
 * assemblies) and learning (members trained, certificates), which {@code insights} has no reason to depend on; it
 * owns tables of its own (criteria sets with their history) and a public page; and it was written in parallel with
 * {@code insights}, so keeping them apart avoids one module with two owners and a dependency list that is the union
 * of both. It only reads other modules, through their top-package APIs; nothing depends on it.
 *
 * <p>Decisions this module makes:
 * <ul>
 *   <li><b>Indicators are data.</b> A criteria set is a list of indicators (code, name, a measure from the fixed
 *   {@link vn.htxso.scorecard.Measure} list, target, weight). The national default applies until a province saves
 *   its own set; every save is a new version, older versions stay readable (history) and each save is audited.</li>
 *   <li><b>Score.</b> Each indicator attains {@code min(1, value / target)} (a target of 0 is met); the score is the
 *   weighted mean of the attainments, 0–100. Status: MET when the value reaches the target, ON_THE_WAY from
 *   {@code htxso.scorecard.on-the-way-at} of the target (default half), FAR below.</li>
 *   <li><b>Periods.</b> For a year: counts "in the year" run from 1 January to 31 December (or today, for the current
 *   year), "last 12 months" end on the same day, stock figures (co-ops, shops, products) are taken on that day. Each
 *   figure shows its date range. Last year's score uses the same criteria set, so the change compares like with
 *   like.</li>
 *   <li><b>Communes.</b> A province's communes are those of the commune list and those the registry writes on its
 *   organisations, matched ignoring case and diacritics; shops count in the commune they are registered in.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commune scorecard",
        allowedDependencies = {"platform", "registry", "assessment", "marketplace", "traceability"})
package vn.htxso.scorecard;
