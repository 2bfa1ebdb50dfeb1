package vn.htxso.insights.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.insights.Impacts;

/** Programmes and the "from support to sales" impact (API.md): admins. */
@RestController
@RequestMapping("/api/v1")
class ImpactsApiController {

    private final Impacts impacts;

    ImpactsApiController(Impacts impacts) {
        this.impacts = impacts;
    }

    @GetMapping("/programmes")
    List<ProgrammeItem> programmes(vn.htxso.platform.CurrentUser user) {
        return impacts.programmes(user).stream().map(p -> new ProgrammeItem(p.id(), p.name(), p.provinceCodes(),
                p.startsOn(), p.endsOn())).toList();
    }

    @GetMapping("/programmes/{id}/impact")
    Answer impact(vn.htxso.platform.CurrentUser user, @PathVariable UUID id) {
        Impacts.Impact i = impacts.impact(user, id);
        return new Answer(i.treated(), i.control(), i.maturity(), i.salesVnd(), i.label());
    }

    record ProgrammeItem(UUID id, String name, List<String> provinceCodes, LocalDate startsOn, LocalDate endsOn) {
    }

    record Answer(int treated, int control, Impacts.Effect maturity, Impacts.Effect salesVnd, String label) {
    }
}
