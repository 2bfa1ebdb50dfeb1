package vn.htxso.governance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.governance.Charter;
import vn.htxso.governance.CharterSettings;
import vn.htxso.governance.GovernanceModel;
import vn.htxso.governance.Threshold;
import vn.htxso.platform.CurrentUser;

/**
 * A co-op's charter versions on the API, and adopting a new one by a passed special charter resolution (what the
 * charter page needs; not in API.md's table).
 */
@RestController
@RequestMapping("/api/v1/cooperatives/{id}/charters")
class CharterApiController {

    private final CharterSettings charters;

    CharterApiController(CharterSettings charters) {
        this.charters = charters;
    }

    @GetMapping
    List<CharterResponse> versions(CurrentUser user, @PathVariable UUID id) {
        return charters.versions(user, id).stream().map(CharterResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<CharterResponse> adopt(CurrentUser user, @PathVariable UUID id,
                                          @Valid @RequestBody CharterRequest body) {
        Charter c = charters.adopt(user, id, new CharterSettings.CharterChange(body.resolutionId(),
                body.effectiveOn(), body.model(), body.quorum().threshold("quorum"),
                body.ordinary().threshold("ordinary"), body.special().threshold("special"),
                body.indivisibleFundPercent(), body.otherFundsPercent(), body.capitalSharePercent(),
                body.boardSize(), body.boardTermYears()));
        return ResponseEntity.created(URI.create("/api/v1/cooperatives/" + id + "/charters")).body(CharterResponse.of(c));
    }

    record Fraction(@NotNull(message = "{governance.api.required}") Integer numerator,
                    @NotNull(message = "{governance.api.required}") Integer denominator, Boolean strict) {
        /** {@code strict}: more than the share ("more than half"); absent or false: at least the share. */
        Threshold threshold(String field) {
            return CharterSettings.threshold(field, numerator, denominator, Boolean.TRUE.equals(strict));
        }

        static Fraction of(Threshold t) {
            return new Fraction(t.numerator(), t.denominator(), t.strict());
        }
    }

    record CharterRequest(@NotNull(message = "{governance.charter.noResolution}") UUID resolutionId,
                          @NotNull(message = "{governance.charter.effectiveOnRequired}") LocalDate effectiveOn,
                          @NotNull(message = "{governance.api.required}") GovernanceModel model,
                          @NotNull(message = "{governance.api.required}") @Valid Fraction quorum,
                          @NotNull(message = "{governance.api.required}") @Valid Fraction ordinary,
                          @NotNull(message = "{governance.api.required}") @Valid Fraction special,
                          @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.charter.percent}")
                          @Max(value = 100, message = "{governance.charter.percent}") Integer indivisibleFundPercent,
                          @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.charter.percent}")
                          @Max(value = 100, message = "{governance.charter.percent}") Integer otherFundsPercent,
                          @NotNull(message = "{governance.api.required}") @Min(value = 0, message = "{governance.charter.percent}")
                          @Max(value = 100, message = "{governance.charter.percent}") Integer capitalSharePercent,
                          @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.outOfLaw}")
                          @Max(value = 100, message = "{governance.charter.outOfLaw}") Integer boardSize,
                          @NotNull(message = "{governance.api.required}") @Min(value = 1, message = "{governance.charter.outOfLaw}")
                          @Max(value = 100, message = "{governance.charter.outOfLaw}") Integer boardTermYears) {
    }

    record CharterResponse(UUID id, LocalDate effectiveOn, UUID adoptedBy, GovernanceModel model, Fraction quorum,
                           Fraction ordinary, Fraction special, BigDecimal quorumPercent, BigDecimal ordinaryPercent,
                           BigDecimal specialPercent, int indivisibleFundPercent, int otherFundsPercent,
                           int capitalSharePercent, int boardSize, int boardTermYears, String lawBasis) {
        static CharterResponse of(Charter c) {
            return new CharterResponse(c.id(), c.effectiveOn(), c.adoptedBy(), c.model(), Fraction.of(c.quorum()),
                    Fraction.of(c.ordinary()), Fraction.of(c.special()), c.quorum().percent(),
                    c.ordinary().percent(), c.special().percent(), c.indivisibleFundPercent(),
                    c.otherFundsPercent(), c.capitalSharePercent(), c.boardSize(), c.boardTermYears(), c.lawBasis());
        }
    }
}
