package vn.htxso.insights.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.insights.Anomalies;
import vn.htxso.insights.AnomalyFlag;
import vn.htxso.platform.CurrentUser;

/** Anomaly flags on annual reports (API.md): admins, a province admin its own province only. */
@RestController
@RequestMapping("/api/v1")
class AnomaliesApiController {

    private final Anomalies anomalies;
    private final MessageSource messages;

    AnomaliesApiController(Anomalies anomalies, MessageSource messages) {
        this.anomalies = anomalies;
        this.messages = messages;
    }

    @GetMapping("/statistics/anomalies")
    Page anomalies(CurrentUser user, @RequestParam(required = false) String province,
                   @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "20") int size) {
        List<AnomalyFlag> all = anomalies.flags(user, province, year).items();
        int pageSize = Math.max(1, Math.min(size, 100));
        int from = (int) Math.min((long) Math.max(page, 0) * pageSize, all.size());
        List<Item> items = all.subList(from, Math.min(from + pageSize, all.size())).stream()
                .map(f -> new Item(f.organisationId(), f.registrationNo(), f.rule(),
                        messages.getMessage("insights.rule." + f.rule(), f.messageArguments(),
                                LocaleContextHolder.getLocale()), f.values(), f.threshold(), f.year(), f.reviewed()))
                .toList();
        return new Page(items, all.size());
    }

    record Page(List<Item> items, long total) {
    }

    record Item(UUID organisationId, String registrationNo, String rule, String message, Map<String, Number> values,
                Number threshold, int year, boolean reviewed) {
    }
}
