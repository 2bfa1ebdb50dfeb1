/**
 * Internal governance of a cooperative under the Law on Cooperatives 17/2023/QH15: charter settings (versioned),
 * general assemblies, resolutions and votes (online, secret for elections), officers, minutes, internal
 * transactions, income distribution, the indivisible fund, and the alerts an alliance monitors.
 *
 * <p>Decisions this module makes:
 * <ul>
 *   <li><b>Figures of the law marked "check".</b> Quorum and majorities, the delegates' threshold, the annual
 *   assembly's deadline, board size and term, fund shares: defaults in {@code GovernanceProperties}, copied into a
 *   co-op's first charter version; a co-op changes them only by a new charter version adopted by a resolution.</li>
 *   <li><b>Thresholds are fractions</b> (1/2 strictly more, 2/3 at least), so "exactly two thirds" is exact.</li>
 *   <li><b>Secret ballots.</b> Who voted and the running count live in two tables with nothing in common but the
 *   resolution; no choice per voter, no time per voter; the audit log records that a ballot was cast, not how.</li>
 *   <li><b>Held.</b> An annual assembly keeps the law's rhythm once its minutes are signed by chair and secretary;
 *   its resolutions become effective then, and signed minutes are never edited (a correction is a new record).</li>
 *   <li><b>Marketplace feed.</b> A completed order of a shop that belongs to the co-op enters the ledger once
 *   (by order id): internal when the shop's seller or the buyer is an official member (a member household selling
 *   through the co-op's shop, a member buying from it), external otherwise.</li>
 *   <li><b>Who votes online.</b> A user account votes as the official member it is linked to
 *   ({@code governance_member_accounts}); the registry keeps no such link.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance",
        allowedDependencies = {"platform", "registry", "marketplace"})
package vn.htxso.governance;
