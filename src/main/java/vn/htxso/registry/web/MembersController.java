package vn.htxso.registry.web;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.platform.CsvWriter;
import vn.htxso.platform.Downloads;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.Directory;
import vn.htxso.registry.MemberRegister;

/** The member register of one organisation: the list, its CSV, add and edit a member. */
@Controller
class MembersController {

    private final Directory directory;
    private final MemberRegister register;
    private final Clock clock;

    MembersController(Directory directory, MemberRegister register, Clock clock) {
        this.directory = directory;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/registry/organisations/{id}/members")
    String list(CurrentUser user, @PathVariable UUID id, Model model) {
        Directory.Details org = directory.get(user, id);
        model.addAttribute("org", org);
        model.addAttribute("members", register.list(user, id));
        model.addAttribute("canEdit", Directory.mayEdit(user, org));
        model.addAttribute("clear", MemberRegister.seesPersonalData(user, id));
        return "registry/members";
    }

    @GetMapping("/registry/organisations/{id}/members.csv")
    void export(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        var members = register.list(user, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", Downloads.attachment("thanh-vien.csv"));
        CsvWriter printer = CsvWriter.utf8WithBom(response.getOutputStream());
        printer.row("Họ và tên", "Loại thành viên", "Đối tượng", "Số CCCD", "Điện thoại", "Giới tính",
                "Dân tộc", "Năm sinh", "Xã/Phường", "Ngày vào", "Ngày ra", "Vốn cam kết", "Vốn đã góp");
        for (MemberRegister.Member m : members) {
            printer.row(m.name(), m.kind(), m.partyType(), m.idNumber(), m.phone(), m.gender(), m.ethnicity(),
                    m.birthYear(), m.communeName(), m.joinedOn(), m.leftOn(), m.capitalPledgedVnd(),
                    m.capitalPaidVnd());
        }
        printer.flush();
    }

    @GetMapping("/registry/organisations/{id}/members/new")
    String newMember(CurrentUser user, @PathVariable UUID id, Model model) {
        Directory.Details org = directory.editable(user, id);
        MemberForm form = new MemberForm();
        form.setJoinedOn(VnTime.today(clock));
        form.setCommuneName(org.communeName());
        model.addAttribute("form", form);
        return formPage(user, org, null, model);
    }

    @PostMapping("/registry/organisations/{id}/members")
    String add(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") MemberForm form,
               BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Directory.Details org = directory.editable(user, id);
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(user, org, null, model))
                .submit(() -> {
                    register.add(user, id, data(form));
                    flash.addFlashAttribute("flash", "registry.member.added");
                    return "redirect:/registry/organisations/" + id + "/members";
                });
    }

    @GetMapping("/registry/organisations/{id}/members/{memberId}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        Directory.Details org = directory.editable(user, id);
        MemberRegister.Member m = register.get(user, id, memberId);
        MemberForm form = new MemberForm();
        form.setKind(m.kind());
        form.setPartyType(m.partyType());
        form.setName(m.name());
        boolean clear = MemberRegister.seesPersonalData(user, id);
        form.setIdNumber(clear ? m.idNumber() : null);
        form.setPhone(clear ? m.phone() : null);
        form.setGender(m.gender());
        form.setEthnicity(m.ethnicity());
        form.setForeignMember(m.foreignMember());
        form.setBirthYear(m.birthYear());
        form.setCommuneName(m.communeName());
        form.setJoinedOn(m.joinedOn());
        form.setLeftOn(m.leftOn());
        form.setLeaveReason(m.leaveReason());
        form.setCapitalPledgedVnd(m.capitalPledgedVnd());
        form.setCapitalPaidVnd(m.capitalPaidVnd());
        form.setVersion(m.version());
        model.addAttribute("form", form);
        return formPage(user, org, m, model);
    }

    @PostMapping("/registry/organisations/{id}/members/{memberId}")
    String update(CurrentUser user, @PathVariable UUID id, @PathVariable UUID memberId,
                  @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        Directory.Details org = directory.editable(user, id);
        MemberRegister.Member m = register.get(user, id, memberId);
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(user, org, m, model))
                .submit(() -> {
                    register.update(user, id, memberId, data(form), form.getVersion());
                    flash.addFlashAttribute("flash", "registry.member.saved");
                    return "redirect:/registry/organisations/" + id + "/members";
                });
    }

    private String formPage(CurrentUser user, Directory.Details org, MemberRegister.Member member, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("member", member);
        model.addAttribute("clear", MemberRegister.seesPersonalData(user, org.id()));
        model.addAttribute("memberKinds", MemberRegister.MemberKind.values());
        model.addAttribute("partyTypes", MemberRegister.PartyType.values());
        model.addAttribute("genders", MemberRegister.Gender.values());
        return "registry/member-form";
    }

    private static MemberRegister.MemberData data(MemberForm form) {
        return new MemberRegister.MemberData(form.getKind(), form.getPartyType(), form.getName(), form.getIdNumber(),
                form.getPhone(), form.getGender(), form.getEthnicity(), form.getForeignMember(), form.getBirthYear(),
                form.getCommuneName(), form.getJoinedOn(), form.getLeftOn(), form.getLeaveReason(),
                form.getCapitalPledgedVnd(), form.getCapitalPaidVnd());
    }
}
