package vn.htxso.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A written request of members (or of the supervisory board) to the convenor.
 *
 * @param assemblyId for an agenda change, the assembly whose agenda it changes
 * @param officialMembers the official members on the day it was received (the base of the third)
 * @param signaturesNeeded the signatures the law's share of {@code officialMembers} needs
 * @param conveneBy for an accepted extraordinary request, the day by which the assembly is to be called
 */
public record AssemblyRequest(UUID id, UUID organisationId, UUID assemblyId, RequestKind kind, LocalDate receivedOn,
                              int signatures, int officialMembers, int signaturesNeeded, boolean bySupervisoryBoard,
                              RequestStatus status, RefusalReason refusalReason, String text, LocalDate conveneBy,
                              LocalDate decidedOn) {
}
