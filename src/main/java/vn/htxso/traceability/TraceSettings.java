package vn.htxso.traceability;

import java.util.UUID;

/** A co-op's GS1 numbering and publication choices. */
public record TraceSettings(UUID organisationId, String companyPrefix, boolean gs1Assigned,
                            boolean publishMemberNames) {
}
