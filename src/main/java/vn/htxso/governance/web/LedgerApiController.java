package vn.htxso.governance.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.htxso.governance.Ledger;
import vn.htxso.platform.CurrentUser;

/** The co-op's ledger on the API: a year's transactions and ratio, and the import of a .csv or .xlsx file. */
@RestController
@RequestMapping("/api/v1/cooperatives/{id}/transactions")
class LedgerApiController {

    private final Ledger ledger;
    private final MessageSource messages;

    LedgerApiController(Ledger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping
    YearResponse year(CurrentUser user, @PathVariable UUID id, @RequestParam int year) {
        Ledger.YearFigures f = ledger.figures(user, id, year);
        return new YearResponse(year, f.internalRevenueVnd(), f.totalRevenueVnd(), f.internalRatioPercent(),
                ledger.of(user, id, year));
    }

    @PostMapping("/import")
    ResponseEntity<ImportResponse> importFile(CurrentUser user, @PathVariable UUID id,
                                              @RequestParam(defaultValue = "true") boolean dryRun,
                                              @RequestParam("file") MultipartFile file) throws IOException {
        Ledger.ImportResult result = ledger.importFile(user, id, file.getOriginalFilename(), file.getBytes(), dryRun);
        Locale locale = LocaleContextHolder.getLocale();
        ImportResponse body = new ImportResponse(result.imported(), result.rejected(), result.errors().stream()
                .map(p -> new RowError(p.row(), p.column(), messages.getMessage(p.messageKey(), null, locale)))
                .toList());
        return result.errors().isEmpty() ? ResponseEntity.ok(body) : ResponseEntity.unprocessableContent().body(body);
    }

    record YearResponse(int year, long internalRevenueVnd, long totalRevenueVnd, String internalRatioPercent,
                        List<Ledger.Entry> transactions) {
    }

    record ImportResponse(int imported, int rejected, List<RowError> errors) {
    }

    record RowError(int row, String column, String message) {
    }

}
