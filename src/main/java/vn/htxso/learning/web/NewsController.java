package vn.htxso.learning.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.htxso.learning.CourseCatalogue;
import vn.htxso.learning.NewsDesk;
import vn.htxso.learning.NewsImage;
import vn.htxso.learning.NewsPost;
import vn.htxso.learning.TrainingCalendar;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.FormSubmission;
import vn.htxso.platform.QrCodes;

/**
 * News posts: the public list and a post with its share link and QR (for the Zalo and Facebook groups members use),
 * and the officers' pages to write, edit and delete posts of their province.
 */
@Controller
class NewsController {

    private final NewsDesk desk;
    private final TrainingCalendar calendar;
    private final CourseCatalogue catalogue;
    private final AdminUnits adminUnits;
    private final String baseUrl;

    NewsController(NewsDesk desk, TrainingCalendar calendar, CourseCatalogue catalogue, AdminUnits adminUnits,
                   Environment environment) {
        this.desk = desk;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.adminUnits = adminUnits;
        this.baseUrl = environment.getProperty("htxso.platform.public-base-url", "http://localhost:8080")
                .replaceAll("/+$", "");
    }

    @GetMapping("/learning/news")
    String list(CurrentUser user, @RequestParam(required = false) String province,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String code = province != null && adminUnits.isProvince(province.strip()) ? province.strip() : null;
        model.addAttribute("page", desk.published(code, page, 20));
        model.addAttribute("province", code);
        model.addAttribute("provinces", adminUnits.provinces());
        model.addAttribute("officer", user != null && user.isAdmin());
        return "learning/news-list";
    }

    @GetMapping("/learning/news/{id}")
    String post(CurrentUser user, @PathVariable UUID id, Model model) {
        NewsPost post = desk.post(user, id);
        model.addAttribute("post", post);
        model.addAttribute("shareUrl", shareUrl(id));
        model.addAttribute("event", post.eventId() == null ? null : calendar.event(post.eventId()));
        model.addAttribute("course", post.courseId() == null ? null : catalogue.course(post.courseId()));
        model.addAttribute("mayChange", NewsDesk.mayChange(user, post.provinceCode()));
        return "learning/news";
    }

    @GetMapping("/learning/news/{id}/image")
    ResponseEntity<byte[]> image(CurrentUser user, @PathVariable UUID id) {
        NewsImage image = desk.image(user, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }

    /** The QR of the post's share link: printed on a poster or sent as a picture to a group. */
    @GetMapping("/learning/news/{id}/qr.png")
    ResponseEntity<byte[]> qr(CurrentUser user, @PathVariable UUID id) {
        desk.post(user, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(shareUrl(id), 320));
    }

    @GetMapping("/learning/news/manage")
    String manage(CurrentUser user, Model model) {
        model.addAttribute("posts", desk.managed(user));
        return "learning/news-manage";
    }

    @GetMapping("/learning/news/new")
    String newPost(CurrentUser user, Model model) {
        desk.requireOfficer(user);
        NewsForm form = new NewsForm();
        form.setProvinceCode(user.isNationalAdmin() ? "" : user.provinceCode());
        model.addAttribute("form", form);
        return formPage(user, null, model);
    }

    @PostMapping("/learning/news")
    String create(CurrentUser user, @Valid @ModelAttribute("form") NewsForm form, BindingResult result,
                  @RequestParam(required = false) MultipartFile photo, Model model, HttpServletResponse response,
                  RedirectAttributes flash) throws IOException {
        desk.requireOfficer(user);
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(user, null, model))
                .submit(() -> {
                    UUID id = desk.write(user, form.toDraft(bytes(photo), type(photo)));
                    flash.addFlashAttribute("flash", form.isPublish() ? "learning.news.published" : "learning.news.saved");
                    return "redirect:/learning/news/" + id;
                });
    }

    @GetMapping("/learning/news/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        NewsPost post = desk.forEdit(user, id);
        model.addAttribute("form", NewsForm.of(post));
        return formPage(user, post, model);
    }

    @PostMapping("/learning/news/{id}")
    String update(CurrentUser user, @PathVariable UUID id, @Valid @ModelAttribute("form") NewsForm form,
                  BindingResult result, @RequestParam(required = false) MultipartFile photo, Model model,
                  HttpServletResponse response, RedirectAttributes flash) throws IOException {
        NewsPost post = desk.forEdit(user, id);
        return FormSubmission.of(result, response)
                .onFailure(() -> formPage(user, post, model))
                .submit(() -> {
                    desk.update(user, id, form.getVersion(), form.toDraft(bytes(photo), type(photo)));
                    flash.addFlashAttribute("flash", form.isPublish() ? "learning.news.published" : "learning.news.saved");
                    return "redirect:/learning/news/" + id;
                });
    }

    @PostMapping("/learning/news/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
        desk.delete(user, id);
        flash.addFlashAttribute("flash", "learning.news.deleted");
        return "redirect:/learning/news/manage";
    }

    private String formPage(CurrentUser user, NewsPost post, Model model) {
        model.addAttribute("post", post);
        model.addAttribute("provinces", user.isNationalAdmin() ? adminUnits.provinces()
                : adminUnits.province(user.provinceCode()).stream().toList());
        model.addAttribute("national", user.isNationalAdmin());
        model.addAttribute("events", calendar.list(user.isNationalAdmin() ? null : user.provinceCode(), null, 0, 100)
                .items());
        model.addAttribute("courses", catalogue.all());
        return "learning/news-form";
    }

    private String shareUrl(UUID id) {
        return baseUrl + "/learning/news/" + id;
    }

    /** The uploaded image's bytes: none when no file was chosen; a chosen empty file is 0 bytes (refused). */
    private static byte[] bytes(MultipartFile photo) throws IOException {
        if (photo == null || photo.getOriginalFilename() == null || photo.getOriginalFilename().isBlank()) {
            return null;
        }
        return photo.getBytes();
    }

    private static String type(MultipartFile photo) {
        return photo == null ? null : photo.getContentType();
    }
}
