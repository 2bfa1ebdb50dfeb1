package vn.htxso.traceability;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;

/**
 * The farm diary's offline queue arriving from a phone: each entry once (by the id the phone gave it), checked by the
 * same rules as the form. A refusal is an answer the phone shows as a notice, not an error: like a background import
 * that records a failure, this is one of the places that turns a {@link BusinessRuleViolation} into a result (the
 * phone sent the entry hours ago; there is no form to show again). Access problems (another co-op's plot) stay
 * refusals too, worded as the form would word them.
 */
@Service
public class DiarySync {

    private final FarmDiary diary;

    DiarySync(FarmDiary diary) {
        this.diary = diary;
    }

    public enum Status { STORED, DUPLICATE, REFUSED }

    /**
     * The answer for one entry.
     *
     * @param problems message keys with their arguments: the refusal and, per field, what is wrong
     */
    public record Sent(UUID clientId, Status status, UUID logId, UUID lotId, boolean phiFlagged,
                       List<Problem> problems) {
    }

    /** A message key and its arguments; {@code field} is null for the refusal itself. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    public Sent send(CurrentUser user, UUID clientId, LogEntry entry) {
        if (clientId == null) {
            return refused(null, new BusinessRuleViolation(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    "traceability.sync.clientIdMissing"));
        }
        try {
            return stored(clientId, diary.recordOnce(user, clientId, entry));
        } catch (DataIntegrityViolationException sentTwiceAtOnce) {
            // the same entry arrived twice at once: the other request stored it; ours rolled back whole
            return stored(clientId, diary.recordOnce(user, clientId, entry));
        } catch (BusinessRuleViolation refusal) {
            return refused(clientId, refusal);
        }
    }

    private static Sent stored(UUID clientId, FarmDiary.Synced synced) {
        return new Sent(clientId, synced.duplicate() ? Status.DUPLICATE : Status.STORED, synced.logId(),
                synced.lotId(), synced.phiFlagged(), List.of());
    }

    private static Sent refused(UUID clientId, BusinessRuleViolation refusal) {
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(null, refusal.messageKey(), refusal.arguments()));
        for (BusinessRuleViolation.FieldProblem p : refusal.fieldProblems()) {
            problems.add(new Problem(p.field(), p.messageKey(), p.arguments()));
        }
        return new Sent(clientId, Status.REFUSED, null, null, false, List.copyOf(problems));
    }
}
