package vn.htxso.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.CommuneImport;

/** Provinces and communes; a national admin imports the official commune list. */
@Controller
class CommunesController {

    private final AdminUnits adminUnits;
    private final CommuneImport communeImport;

    CommunesController(AdminUnits adminUnits, CommuneImport communeImport) {
        this.adminUnits = adminUnits;
        this.communeImport = communeImport;
    }

    @GetMapping("/admin/communes")
    String page(CurrentUser admin, @RequestParam(required = false) String province, Model model) {
        model.addAttribute("provinces", adminUnits.provinces());
        model.addAttribute("communeCount", adminUnits.communeCount());
        String shown = province != null && adminUnits.isProvince(province) ? province
                : admin.isNationalAdmin() ? null : admin.provinceCode();
        model.addAttribute("province", shown);
        model.addAttribute("communes", shown == null ? java.util.List.of() : adminUnits.communes(shown));
        return "platform/communes";
    }

    @PostMapping("/admin/communes/import")
    String importCsv(CurrentUser admin, @RequestParam("file") MultipartFile file, Model model,
                     HttpServletResponse response, RedirectAttributes flash) throws IOException {
        if (!admin.isNationalAdmin()) {
            throw new Forbidden();
        }
        CommuneImport.Result result = file.isEmpty()
                ? new CommuneImport.Result(0, java.util.List.of(new CommuneImport.Problem(1, "file",
                "platform.communes.file.empty")))
                : communeImport.importCsv(file.getInputStream());
        if (!result.problems().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", result.problems());
            return page(admin, null, model);
        }
        flash.addFlashAttribute("flash", "platform.communes.imported");
        flash.addFlashAttribute("flashArgs", new Object[] {result.imported()});
        return "redirect:/admin/communes";
    }
}
