package vn.htxso.learning.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.htxso.learning.Material;
import vn.htxso.learning.MaterialsLibrary;
import vn.htxso.platform.CurrentUser;

/** The materials library: list (public), a file (public), adding one (admins; multipart). */
@RestController
@RequestMapping("/api/v1/materials")
@Validated
class MaterialsApiController {

    private final MaterialsLibrary library;

    MaterialsApiController(MaterialsLibrary library) {
        this.library = library;
    }

    @GetMapping
    Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        MaterialsLibrary.Page result = library.page(page, size);
        return new Page(result.items().stream().map(Item::of).toList(), result.total());
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        Material m = library.find(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(m.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, vn.htxso.platform.Downloads.attachment(m.fileName()))
                .header("X-Content-Type-Options", "nosniff").body(library.content(id));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Item> add(CurrentUser user, @RequestPart("file") MultipartFile file,
                             @RequestParam @NotBlank(message = "{learning.material.title.required}")
                             @Size(max = 200, message = "{learning.material.title.size}") String title,
                             @RequestParam(defaultValue = "vi")
                             @Pattern(regexp = "vi|THAI|HMONG|DAO|KHMER", message = "{learning.material.language}")
                             String language,
                             @RequestParam @NotBlank(message = "{learning.material.licence.required}")
                             @Size(max = 100, message = "{learning.material.licence.required}") String licence)
            throws IOException {
        Material m = library.add(user, new MaterialsLibrary.NewMaterial(title, language, licence,
                file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/materials/" + m.id() + "/file")).body(Item.of(m));
    }

    record Page(List<Item> items, long total) {
    }

    record Item(UUID id, String title, String language, String licence, String fileName, String contentType,
                long sizeBytes, boolean wifiOnly) {
        static Item of(Material m) {
            return new Item(m.id(), m.title(), m.language(), m.licence(), m.fileName(), m.contentType(),
                    m.sizeBytes(), m.wifiOnly());
        }
    }
}
