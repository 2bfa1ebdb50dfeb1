package vn.htxso.learning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.htxso.learning.internal.Certificates;
import vn.htxso.learning.internal.CheckIns;

/**
 * Training figures per organisation for other modules (the commune scorecard): members trained and certificates
 * issued between two dates (inclusive). Organisations with neither are absent from the map. (A final class: no
 * proxy, so no {@code @Transactional}; each read is one query.)
 */
@Component
public final class TrainingFigures {

    private final CheckIns checkIns;
    private final Certificates certificates;

    TrainingFigures(CheckIns checkIns, Certificates certificates) {
        this.checkIns = checkIns;
        this.certificates = certificates;
    }

    public Map<UUID, OrganisationTraining> byOrganisation(Collection<UUID> organisationIds, LocalDate from,
                                                          LocalDate to) {
        Map<UUID, int[]> counts = new HashMap<>();
        if (organisationIds == null || organisationIds.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return Map.of();
        }
        checkIns.trainedPerOrganisation(organisationIds, from, to)
                .forEach((org, n) -> counts.computeIfAbsent(org, k -> new int[2])[0] = n);
        for (UUID[] row : certificates.issuedTo(organisationIds, from, to)) {
            counts.computeIfAbsent(row[0], k -> new int[2])[1]++;
        }
        Map<UUID, OrganisationTraining> result = new HashMap<>();
        counts.forEach((org, c) -> result.put(org, new OrganisationTraining(c[0], c[1])));
        return Map.copyOf(result);
    }
}
