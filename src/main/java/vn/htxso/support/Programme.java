package vn.htxso.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A support programme: its budget (reserved and paid so far), period, subsidy rule and eligibility. */
public record Programme(UUID id, String name, String provinceCode, long budget, long reserved, long paid,
                        LocalDate startsOn, LocalDate endsOn, SubsidyRule rule, Set<String> eligibleProvinces,
                        Set<String> eligibleSectors, int minLevel, int maxLevel) {
    public long available() {
        return budget - reserved - paid;
    }
}
