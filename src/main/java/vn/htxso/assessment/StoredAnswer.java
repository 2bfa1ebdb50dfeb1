package vn.htxso.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One stored answer of an assessment: the value, the options, the evidence and who verified it. */
public record StoredAnswer(String itemCode, BigDecimal number, Set<String> options, String evidenceLink, UUID fileId,
                     EvidenceStatus evidence, String verifiedBy, Instant verifiedAt) {
    public Answer answer() {
        return new Answer(number, options, evidence);
    }
}
