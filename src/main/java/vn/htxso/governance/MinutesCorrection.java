package vn.htxso.governance;

import java.time.Instant;
import java.util.UUID;

/** A correction of signed minutes: a new record, signed by chair and secretary, that references the minutes. */
public record MinutesCorrection(UUID id, UUID assemblyId, String correction, String reason, String chairName,
                                String secretaryName, Instant signedAt) {
}
