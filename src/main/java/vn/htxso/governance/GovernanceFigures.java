package vn.htxso.governance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.htxso.governance.internal.Assemblies;
import vn.htxso.governance.internal.GovernanceRules;

/** Governance figures other modules read (the commune scorecard), without scope: callers apply their own. */
@Service
public final class GovernanceFigures {

    private final Assemblies assemblies;
    private final GovernanceProperties properties;

    GovernanceFigures(Assemblies assemblies, GovernanceProperties properties) {
        this.assemblies = assemblies;
        this.properties = properties;
    }

    /**
     * For each organisation: whether its annual assembly of {@code year} (the one held in {@code year}, reviewing
     * the financial year {@code year - 1}) was held within the law's deadline (Art. 59: within
     * {@code htxso.governance.annual-assembly-months}, 4 by default, of the end of {@code year - 1}, so by 30 April)
     * and its minutes are signed. Organisations with no such assembly map to {@code false}.
     */
    public Map<UUID, Boolean> annualAssemblyOnTime(Collection<UUID> organisationIds, int year) {
        Map<UUID, Boolean> result = new HashMap<>();
        organisationIds.forEach(id -> result.put(id, false));
        LocalDate deadline = GovernanceRules.annualDeadline(year - 1, properties.annualAssemblyMonths());
        List<Assembly> annual = assemblies.annualOf(List.copyOf(result.keySet()));
        for (Assembly a : annual) {
            if (a.signed() && Integer.valueOf(year - 1).equals(a.fiscalYear()) && a.heldOn() != null
                    && !a.heldOn().isAfter(deadline)) {
                result.put(a.organisationId(), true);
            }
        }
        return result;
    }
}
