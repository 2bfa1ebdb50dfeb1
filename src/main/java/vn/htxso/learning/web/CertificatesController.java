package vn.htxso.learning.web;


import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.platform.Downloads;
import vn.htxso.learning.Certification;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.QrCodes;

/** One's certificates and their PDF; the public verification page (masked holder, status, never a 404 for revoked). */
@Controller
class CertificatesController {

    private final Certification certification;
    private final String baseUrl;

    CertificatesController(Certification certification, Environment environment) {
        this.certification = certification;
        this.baseUrl = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    @GetMapping("/learning/certificates")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("certificates", certification.mine(user));
        return "learning/certificates";
    }

    @GetMapping("/learning/certificates/{code}.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable String code) {
        byte[] pdf = certification.pdf(user, code, baseUrl + "/verify/" + code);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("chung-nhan-" + code + ".pdf"))
                .body(pdf);
    }

    @GetMapping("/verify")
    String verifyForm(@RequestParam(required = false) String code) {
        return code == null || code.isBlank() ? "learning/verify" : "redirect:/verify/" + code.strip();
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var found = certification.verify(code);
        model.addAttribute("code", code);
        model.addAttribute("certificate", found.orElse(null));
        if (found.isEmpty()) {
            response.setStatus(404);
        }
        return "learning/verify";
    }

    @GetMapping("/verify/{code}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        String normalised = certification.verify(code).map(c -> c.code()).orElse(null);
        if (normalised == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(baseUrl + "/verify/" + normalised, 240));
    }
}
