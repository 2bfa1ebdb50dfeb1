package vn.htxso.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A general assembly: convened for a day, held on a day, closed by minutes signed by its chair and secretary.
 *
 * @param fiscalYear for an annual assembly, the financial year it reviews
 * @param eligibleVoters the official members (full form) or delegates (delegates' form) who may vote
 * @param checkInCode the code members give (or scan as QR) at the door
 * @param correctsId for a correction of signed minutes, the assembly record it corrects
 */
public record Assembly(UUID id, UUID organisationId, AssemblyKind kind, AssemblyForm form, MeetingMode mode,
                       Integer fiscalYear, LocalDate scheduledOn, LocalDate heldOn, Integer delegates,
                       int eligibleVoters, String agenda, String checkInCode, String chairName, String secretaryName,
                       String minutesText, Instant minutesSignedAt, UUID correctsId, Instant createdAt) {

    public boolean held() {
        return heldOn != null;
    }

    public boolean signed() {
        return minutesSignedAt != null;
    }
}
