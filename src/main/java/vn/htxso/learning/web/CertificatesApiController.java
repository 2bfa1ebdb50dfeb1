package vn.htxso.learning.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.learning.Certificate;
import vn.htxso.learning.Certification;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;

/** Certificate verification (public, masked holder) and the user's own certificates (API.md). */
@RestController
@RequestMapping("/api/v1")
class CertificatesApiController {

    private final Certification certification;

    CertificatesApiController(Certification certification) {
        this.certification = certification;
    }

    @GetMapping("/certificates/{code}")
    Verified verify(@PathVariable String code) {
        Certificate c = certification.verify(code).orElseThrow(() -> new NotFound("certificate"));
        return new Verified(c.code(), c.maskedHolder(), c.title(), c.issuedOn(), c.issuer(), c.status(),
                c.revokedOn());
    }

    @GetMapping("/me/certificates")
    List<Mine> mine(CurrentUser user) {
        return certification.mine(user).stream().map(c -> new Mine(c.code(), c.title(), c.issuedOn(), c.status()))
                .toList();
    }

    record Verified(String code, String holder, String title, LocalDate issuedOn, String issuer,
                    Certificate.Status status, LocalDate revokedOn) {
    }

    record Mine(String code, String title, LocalDate issuedOn, Certificate.Status status) {
    }
}
