package vn.htxso.registry.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.Downloads;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.Forbidden;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;
import vn.htxso.registry.AnnualReports;
import vn.htxso.registry.Directory;
import vn.htxso.registry.Exports;
import vn.htxso.registry.MemberRegister;
import vn.htxso.registry.OrganisationEditing;

/** The registry's pages: the list, an organisation, its edit form, creation, dissolution, history, exports. */
@Controller
class RegistryController {

    private final Directory directory;
    private final OrganisationEditing editing;
    private final MemberRegister members;
    private final AnnualReports reports;
    private final Exports exports;
    private final AdminUnits adminUnits;
    private final vn.htxso.registry.RegistryCommunes communes;

    RegistryController(Directory directory, OrganisationEditing editing, MemberRegister members, AnnualReports reports, Exports exports,
                       AdminUnits adminUnits, vn.htxso.registry.RegistryCommunes communes) {
        this.communes = communes;
        this.directory = directory;
        this.editing = editing;
        this.members = members;
        this.reports = reports;
        this.exports = exports;
        this.adminUnits = adminUnits;
    }

    @GetMapping("/registry")
    String list(CurrentUser user, @ModelAttribute("filter") ListFilter filter,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (user == null || !user.isAdmin()) {
            if (user != null && user.organisationId() != null) {
                return "redirect:/registry/organisations/" + user.organisationId();
            }
            throw new Forbidden();
        }
        model.addAttribute("result", directory.search(user, filter.toFilter(), page, 50));
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces() : java.util.List.of());
        model.addAttribute("communes", communes.forFilter(user, filter.getProvince(), filter.getCommune()));
        enums(model);
        return "registry/list";
    }

    @GetMapping("/registry/export.csv")
    void exportCsv(CurrentUser user, @ModelAttribute("filter") ListFilter filter, HttpServletResponse response)
            throws IOException {
        directory.search(user, filter.toFilter(), 0, 1);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", Downloads.attachment("htx.csv"));
        exports.csv(user, filter.toFilter(), response.getOutputStream());
    }

    @GetMapping("/registry/export.xlsx")
    void exportXlsx(CurrentUser user, @ModelAttribute("filter") ListFilter filter, HttpServletResponse response)
            throws IOException {
        directory.search(user, filter.toFilter(), 0, 1);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", Downloads.attachment("htx.xlsx"));
        exports.xlsx(user, filter.toFilter(), response.getOutputStream());
    }

    @GetMapping("/registry/organisations/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        Directory.Details org = directory.get(user, id);
        model.addAttribute("org", org);
        model.addAttribute("provinceName", adminUnits.provinceName(org.provinceCode()));
        model.addAttribute("canEdit", Directory.mayEdit(user, org));
        model.addAttribute("canDissolve", user.administers(org.provinceCode())
                && org.status() != OrganisationStatus.DISSOLVED);
        int official = members.officialMembers(id);
        model.addAttribute("officialMembers", official);
        model.addAttribute("warning", Directory.minimumMembersWarning(org.kind(),
                org.kind() == OrganisationKind.LHHTX || official == 0 ? org.members() : official));
        model.addAttribute("reports", reports.list(user, id));
        model.addAttribute("today", LocalDate.now(vn.htxso.platform.VnFormat.ZONE));
        return "registry/organisation";
    }

    @GetMapping("/registry/organisations/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        Directory.Details org = directory.get(user, id);
        if (!Directory.mayEdit(user, org)) {
            throw new Forbidden();
        }
        model.addAttribute("form", OrganisationForms.of(org));
        return editPage(user, org, model);
    }

    private String editPage(CurrentUser user, Directory.Details org, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("statusEditable", user.isAdmin());
        model.addAttribute("communes", adminUnits.communes(org.provinceCode()));
        enums(model);
        return "registry/organisation-form";
    }

    @PostMapping("/registry/organisations/{id}")
    String update(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Directory.Details org = directory.get(user, id);
        if (!Directory.mayEdit(user, org)) {
            throw new Forbidden();
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> editPage(user, org, model))
                .onConflict(() -> {
                    model.addAttribute("conflict", true);
                    return editPage(user, directory.get(user, id), model);
                })
                .submit(() -> {
                    editing.update(user, id, OrganisationForms.changes(form));
                    flash.addFlashAttribute("flash", "registry.organisation.saved");
                    String[] warning = Directory.minimumMembersWarning(form.getKind(), form.getMembers());
                    if (warning != null) {
                        flash.addFlashAttribute("warning", warning);
                    }
                    return "redirect:/registry/organisations/" + id;
                });
    }

    @GetMapping("/registry/organisations/new")
    String newOrganisation(CurrentUser user, Model model) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        OrganisationForm form = new OrganisationForm();
        if (!user.isNationalAdmin()) {
            form.setProvinceCode(user.provinceCode());
        }
        model.addAttribute("form", form);
        return newPage(user, model);
    }

    private String newPage(CurrentUser user, Model model) {
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces()
                : adminUnits.province(user.provinceCode()).stream().toList());
        enums(model);
        return "registry/organisation-new";
    }

    @PostMapping("/registry/organisations")
    String create(CurrentUser user, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        return FormSubmission.of(result, response)
                .onFailure(() -> newPage(user, model))
                .submit(() -> {
                    UUID id = editing.create(user, OrganisationForms.newOrganisation(form));
                    flash.addFlashAttribute("flash", "registry.organisation.created");
                    String[] warning = Directory.minimumMembersWarning(form.getKind(), form.getMembers());
                    if (warning != null) {
                        flash.addFlashAttribute("warning", warning);
                    }
                    return "redirect:/registry/organisations/" + id;
                });
    }

    @PostMapping("/registry/organisations/{id}/dissolve")
    String dissolve(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam long version, RedirectAttributes flash) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "registry.dissolve.reasonRequired");
        }
        editing.dissolve(user, id, on, reason, version);
        flash.addFlashAttribute("flash", "registry.dissolve.done");
        return "redirect:/registry/organisations/" + id;
    }

    @GetMapping("/registry/organisations/{id}/history")
    String history(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("org", directory.get(user, id));
        model.addAttribute("changes", directory.history(user, id));
        return "registry/history";
    }

    private static void enums(Model model) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("statuses", OrganisationStatus.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("governanceModels", Arrays.asList("FULL", "REDUCED"));
    }

    /** The list's filters. */
    public static class ListFilter {
        private String province;
        private String status;
        private String kind;
        private String sector;
        private String commune;
        private String q;

        Directory.Filter toFilter() {
            return new Directory.Filter(province, status, q, kind, sector, commune);
        }

        public String getProvince() { return province == null || province.isBlank() ? null : province; }
        public void setProvince(String province) { this.province = province; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getSector() { return sector; }
        public void setSector(String sector) { this.sector = sector; }
        public String getCommune() { return commune; }
        public void setCommune(String commune) { this.commune = commune; }
        public String getQ() { return q; }
        public void setQ(String q) { this.q = q; }
    }
}
