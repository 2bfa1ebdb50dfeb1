package vn.htxso.traceability.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Downloads;
import vn.htxso.traceability.LogAttachment;
import vn.htxso.traceability.LotPhotos;

/** The manager ticks the diary photos a lot's trace page shows; the public page serves only those. */
@Controller
class LotPhotosController {

    private final LotPhotos photos;

    LotPhotosController(LotPhotos photos) {
        this.photos = photos;
    }

    /**
     * Check boxes only: nothing to type, so nothing to show again; an id that is not a photo of the lot (a forged
     * form) is a 422 on the error page.
     */
    @PostMapping("/trace/lots/{id}/photos")
    String choose(CurrentUser user, @PathVariable UUID id, @RequestParam(name = "photo", required = false)
                  List<UUID> chosen, RedirectAttributes flash) {
        photos.choose(user, id, new LinkedHashSet<>(chosen == null ? List.of() : chosen));
        flash.addFlashAttribute("flash", "traceability.photos.saved");
        return "redirect:/trace/lots/" + id + "#photos";
    }

    /** A chosen photo of a published lot, for anyone. */
    @GetMapping("/01/{gtin}/10/{lot}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable String gtin, @PathVariable String lot, @PathVariable UUID photoId) {
        LogAttachment photo = photos.publishedPhoto(gtin, lot, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "public, max-age=86400")
                .header("Content-Disposition", Downloads.inline(photo.fileName()))
                .body(photo.content());
    }
}
