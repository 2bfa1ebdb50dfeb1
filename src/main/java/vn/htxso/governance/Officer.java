package vn.htxso.governance;

import java.time.LocalDate;
import java.util.UUID;

/** An officer with a term, elected by a passed resolution. */
public record Officer(UUID id, UUID organisationId, OfficerRole role, String name, UUID memberId, LocalDate termStart,
                      LocalDate termEnd, UUID electedBy, LocalDate endedOn) {

    public boolean inOffice(LocalDate day) {
        return !termStart.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean onBoard() {
        return role == OfficerRole.BOARD_CHAIR || role == OfficerRole.BOARD_MEMBER;
    }
}
