package vn.htxso.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of an organisation's member register as other modules may read it (no ID number, no phone).
 *
 * @param official an official member (thành viên chính thức); associates never vote or count in quorums
 * @param leftOn the day the member left, or {@code null} while a member
 */
public record RegisteredMember(UUID id, String name, boolean official, long capitalPledgedVnd, long capitalPaidVnd,
                               LocalDate joinedOn, LocalDate leftOn) {

    /** Whether the entry is a member on the given day. */
    public boolean memberOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day)) && (leftOn == null || leftOn.isAfter(day));
    }
}
