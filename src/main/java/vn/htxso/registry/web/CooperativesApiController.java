package vn.htxso.registry.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.CooperativeStatistics;
import vn.htxso.registry.Directory;
import vn.htxso.registry.Scopes;
import vn.htxso.registry.CellError;
import vn.htxso.registry.CooperativeImport;

/** API.md's cooperative endpoints: import, list, statistics. */
@RestController
@RequestMapping("/api/v1")
class CooperativesApiController {

    private final CooperativeImport importer;
    private final Directory directory;
    private final CooperativeStatistics statistics;
    private final AdminUnits adminUnits;
    private final MessageSource messages;

    CooperativesApiController(CooperativeImport importer, Directory directory, CooperativeStatistics statistics,
                              AdminUnits adminUnits, MessageSource messages) {
        this.importer = importer;
        this.directory = directory;
        this.statistics = statistics;
        this.adminUnits = adminUnits;
        this.messages = messages;
    }

    @PostMapping(path = "/cooperatives/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(CurrentUser user, @RequestParam("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean dryRun,
                                 @RequestParam(defaultValue = "false") boolean partial) throws IOException {
        importer.checkAllowed(user, file.getOriginalFilename(), file.getSize());
        Path temp = Files.createTempFile("htxso-import-", ".upload");
        try {
            file.transferTo(temp);
            CooperativeImport.Outcome outcome = importer.run(user, temp, file.getOriginalFilename(), dryRun, partial,
                    CooperativeImport.Progress.NONE);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("imported", outcome.imported());
            body.put("updated", outcome.updated());
            body.put("rejected", outcome.rejected());
            body.put("errors", errors(outcome.errors(), messages));
            if (outcome.fileProblem() || (!dryRun && !outcome.committed())) {
                HttpStatus status = outcome.fileProblem() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(outcome.fileProblem()
                        ? "registry.import.fileRejected" : "registry.import.rowsRejected", outcome.rejected()));
                problem.setTitle(text("registry.import.rejectedTitle"));
                body.forEach(problem::setProperty);
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            body.put("dryRun", dryRun);
            return ResponseEntity.ok(body);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static List<Map<String, Object>> errors(List<CellError> errors, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", e.row());
            error.put("column", e.column());
            error.put("message", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            return error;
        }).toList();
    }

    @GetMapping("/cooperatives")
    Map<String, Object> list(CurrentUser user, @RequestParam(required = false) String province,
                             @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "registry.api.paging");
        }
        Directory.Page result = directory.search(user, Directory.Filter.of(province, status, q), page, size);
        return Map.of("items", result.items().stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row.id());
            item.put("registrationNo", row.registrationNo());
            item.put("name", row.name());
            item.put("kind", row.kind());
            item.put("provinceCode", row.provinceCode());
            item.put("status", row.status());
            item.put("members", row.members());
            return item;
        }).toList(), "total", result.total());
    }

    @GetMapping("/statistics/cooperatives")
    Map<String, Object> statistics(CurrentUser user, @RequestParam(required = false) String province,
                                   @RequestParam(required = false) Integer year) {
        String scope = Scopes.statisticsProvince(user, province, adminUnits);
        CooperativeStatistics.Counts counts = statistics.counts(scope);
        Integer reportYear = year != null ? year : statistics.latestYear(scope);
        CooperativeStatistics.Averages averages = reportYear == null ? null : statistics.averages(scope, reportYear);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", counts.total());
        body.put("active", counts.active());
        body.put("members", counts.members());
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            byKind.put(kind.name(), counts.byKind().get(kind));
        }
        body.put("byKind", byKind);
        body.put("averageRevenueVnd", averages == null ? null : averages.averageRevenueVnd());
        body.put("averageWorkerIncomeVnd", averages == null ? null : averages.averageWorkerIncomeVnd());
        body.put("year", reportYear);
        body.put("provinceCode", scope);
        return body;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
