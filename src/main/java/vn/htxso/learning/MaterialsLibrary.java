package vn.htxso.learning;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.learning.internal.FileKinds;
import vn.htxso.learning.internal.Materials;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;

/**
 * The materials library (public to read): admins add PDF, image, audio or video files; an empty file, or one whose
 * name or declared type does not match what its bytes are, is refused and nothing is stored.
 */
@Service
public class MaterialsLibrary {

    private final Materials materials;
    private final AuditLog auditLog;
    private final Clock clock;

    MaterialsLibrary(Materials materials, AuditLog auditLog, Clock clock) {
        this.materials = materials;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record NewMaterial(String title, String language, String licence, String fileName, String contentType,
                              byte[] content) {
    }

    public record Page(List<Material> items, long total) {
    }

    @Transactional(readOnly = true)
    public Page page(int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        return new Page(materials.page(Math.max(page, 0) * limit, limit), materials.count());
    }

    @Transactional
    public Material add(CurrentUser user, NewMaterial m) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        vn.htxso.platform.UploadChecker.checkName("file", m.fileName());
        if (m.content() == null || m.content().length == 0) {
            throw fileProblem("learning.material.empty");
        }
        String actual = FileKinds.sniff(m.content()).orElseThrow(() -> fileProblem("learning.material.unsupported"));
        String named = FileKinds.byName(m.fileName()).orElse(null);
        String declared = m.contentType() == null ? null : m.contentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        boolean declaredOk = declared == null || declared.isEmpty() || declared.equals("application/octet-stream")
                || declared.equals(actual);
        if (!actual.equals(named) || !declaredOk) {
            throw fileProblem("learning.material.mislabelled");
        }
        Material material = new Material(UUID.randomUUID(), m.title().strip(), m.language(), m.licence().strip(),
                m.fileName(), actual, m.content().length, user.isNationalAdmin() ? null : user.provinceCode(),
                clock.instant());
        materials.insert(material, m.content(), user.id());
        auditLog.record(AuditEntry.of("learning.material.added", "material", material.id(),
                material.fileName() + " " + material.sizeBytes() + " B").inProvince(material.provinceCode()));
        return material;
    }

    @Transactional(readOnly = true)
    public Material find(UUID id) {
        return materials.find(id).orElseThrow(() -> new NotFound("material"));
    }

    @Transactional(readOnly = true)
    public byte[] content(UUID id) {
        find(id);
        return materials.content(id);
    }

    private static BusinessRuleViolation fileProblem(String key) {
        return new BusinessRuleViolation(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("file", key)), key);
    }
}
