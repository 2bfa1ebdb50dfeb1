package vn.htxso.platform.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;

/** Admins list, create, disable and enable accounts within their scope. */
@Controller
class UsersController {

    private final Accounts accounts;
    private final AdminUnits adminUnits;

    UsersController(Accounts accounts, AdminUnits adminUnits) {
        this.accounts = accounts;
        this.adminUnits = adminUnits;
    }

    @GetMapping("/admin/users")
    String list(CurrentUser admin, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", accounts.list(admin, q, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("q", q);
        return "platform/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(CurrentUser admin, Model model) {
        UserForm form = new UserForm();
        if (!admin.isNationalAdmin()) {
            form.setProvinceCode(admin.provinceCode());
        }
        model.addAttribute("form", form);
        return formPage(admin, model);
    }

    @PostMapping("/admin/users")
    String create(CurrentUser admin, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(admin, model))
                .submit(() -> {
                    accounts.create(admin, form.toNewAccount());
                    flash.addFlashAttribute("flash", "platform.users.created");
                    return "redirect:/admin/users";
                });
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(CurrentUser admin, @PathVariable UUID id, @RequestParam boolean enabled,
                      RedirectAttributes flash) {
        accounts.setEnabled(admin, id, enabled);
        flash.addFlashAttribute("flash", enabled ? "platform.users.enabledDone" : "platform.users.disabledDone");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(CurrentUser admin, @PathVariable UUID id, RedirectAttributes flash) {
        accounts.unlock(admin, id);
        flash.addFlashAttribute("flash", "platform.users.unlockedDone");
        return "redirect:/admin/users";
    }

    private String formPage(CurrentUser admin, Model model) {
        model.addAttribute("roles", admin.isNationalAdmin() ? Arrays.asList(Role.values())
                : java.util.List.of(Role.PROVINCE_ADMIN, Role.COOP_MANAGER, Role.MEMBER_SELLER));
        model.addAttribute("provinces", admin.isNationalAdmin() ? adminUnits.provinces()
                : adminUnits.province(admin.provinceCode()).stream().toList());
        return "platform/user-form";
    }
}
