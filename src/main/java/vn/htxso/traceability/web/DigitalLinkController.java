package vn.htxso.traceability.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.traceability.DigitalLinks;
import vn.htxso.traceability.LotKey;
import vn.htxso.traceability.TraceDocuments;
import vn.htxso.traceability.LotPublishing;

/**
 * GS1 Digital Link resolver: {@code /01/{gtin}/10/{lot}} is the public trace page, or with
 * {@code Accept: application/ld+json} the lot's EPCIS document. A GTIN with a wrong check digit or an unknown lot
 * is a 404 (page or problem+json).
 */
@Controller
class DigitalLinkController {

    private final TraceDocuments documents;
    private final LotPublishing publishing;
    private final MessageSource messages;
    private final LocaleResolver locales;

    private final vn.htxso.traceability.LotPhotos lotPhotos;

    DigitalLinkController(TraceDocuments documents, LotPublishing publishing, MessageSource messages,
                          LocaleResolver locales, vn.htxso.traceability.LotPhotos lotPhotos) {
        this.lotPhotos = lotPhotos;
        this.documents = documents;
        this.publishing = publishing;
        this.messages = messages;
        this.locales = locales;
    }

    @GetMapping("/01/{gtin}/10/{lot}")
    String page(@PathVariable String gtin, @PathVariable String lot, CurrentUser user, Model model) {
        model.addAttribute("story", documents.story(gtin, lot, user));
        model.addAttribute("photos", lotPhotos.published(gtin, lot));
        return "traceability/trace";
    }

    /** A carton's Digital Link (SSCC) opens the trace page of the published lot it holds. */
    @GetMapping("/00/{sscc}")
    String carton(@PathVariable String sscc) {
        LotKey key = publishing.publishedLotInCarton(sscc).orElseThrow(() -> new NotFound("carton"));
        return "redirect:" + DigitalLinks.path(key.gtin(), key.lot());
    }

    @GetMapping(value = "/01/{gtin}/10/{lot}", produces = {"application/ld+json", "application/json"})
    @ResponseBody
    ResponseEntity<?> document(@PathVariable String gtin, @PathVariable String lot, CurrentUser user,
                               HttpServletRequest request) {
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        MediaType type = accept.contains("ld+json") ? LotsApiController.LD_JSON : MediaType.APPLICATION_JSON;
        try {
            return ResponseEntity.ok().contentType(type).body(documents.document(gtin, lot, user));
        } catch (NotFound e) {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    messages.getMessage("traceability.trace.unknown", null, locale));
            problem.setTitle(messages.getMessage("error.404.title", null, locale));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }
}
