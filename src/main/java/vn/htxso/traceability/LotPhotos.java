package vn.htxso.traceability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.Lots;
import vn.htxso.traceability.internal.PublishedPhotos;

/**
 * The diary photos a co-op chooses to show on a lot's public trace page: any photo of the diary logs behind the lot
 * (its own and those of the lots it was made from). Nothing is public until the manager ticks it and the lot is
 * published; a photo not chosen, or of a draft lot, answers 404 to the public.
 */
@Service
@Transactional
public class LotPhotos {

    private final Lots lots;
    private final PublishedPhotos photos;
    private final DiaryLogs logs;
    private final AuditLog audit;

    LotPhotos(Lots lots, PublishedPhotos photos, DiaryLogs logs, AuditLog audit) {
        this.lots = lots;
        this.photos = photos;
        this.logs = logs;
        this.audit = audit;
    }

    /** A photo that may be shown, and whether it is. */
    public record Choice(LogAttachment photo, boolean chosen) {
    }

    @Transactional(readOnly = true)
    public List<Choice> choices(CurrentUser user, UUID lotId) {
        Lot lot = own(user, lotId);
        Set<UUID> chosen = Set.copyOf(photos.chosen(lot.id()));
        return photos.candidates(behind(lot.id())).stream().map(p -> new Choice(p, chosen.contains(p.id()))).toList();
    }

    /** The manager's choice replaces the previous one; an id that is not a photo of the lot's diary: 422. */
    public void choose(CurrentUser user, UUID lotId, Set<UUID> attachmentIds) {
        Lot lot = own(user, lotId);
        Access.managedCoop(user);
        Set<UUID> allowed = new java.util.HashSet<>();
        photos.candidates(behind(lot.id())).forEach(p -> allowed.add(p.id()));
        if (!allowed.containsAll(attachmentIds)) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "traceability.photos.notOfLot");
        }
        photos.choose(lot.id(), attachmentIds);
        audit.record(AuditEntry.of("traceability.lot.photos", "lot", lot.id(), attachmentIds.size() + " photos")
                .ofOrganisation(lot.organisationId()));
    }

    /** The chosen photos' ids of a published lot, for its public page (none for a draft). */
    @Transactional(readOnly = true)
    public List<UUID> published(String gtin, String lotNumber) {
        return lots.find(gtin, lotNumber).filter(Lot::published).map(l -> photos.chosen(l.id())).orElse(List.of());
    }

    /** One chosen photo of a published lot, for anyone; anything else: 404. */
    @Transactional(readOnly = true)
    public LogAttachment publishedPhoto(String gtin, String lotNumber, UUID attachmentId) {
        Lot lot = lots.find(gtin, lotNumber).filter(Lot::published).orElseThrow(() -> new NotFound("photo"));
        if (!photos.isChosen(lot.id(), attachmentId)) {
            throw new NotFound("photo");
        }
        return logs.attachment(attachmentId).filter(LogAttachment::image).orElseThrow(() -> new NotFound("photo"));
    }

    private Lot own(CurrentUser user, UUID lotId) {
        Lot lot = lots.find(lotId).orElseThrow(() -> new NotFound("lot"));
        Access.own(user, lot.organisationId(), "lot");
        return lot;
    }

    /** The lot and every lot upstream of it. */
    private List<UUID> behind(UUID lotId) {
        Set<UUID> seen = new LinkedHashSet<>();
        List<UUID> queue = new ArrayList<>(List.of(lotId));
        while (!queue.isEmpty()) {
            UUID next = queue.remove(0);
            if (seen.add(next)) {
                lots.inputsOf(next).forEach(i -> queue.add(i.lotId()));
            }
        }
        return List.copyOf(seen);
    }
}
