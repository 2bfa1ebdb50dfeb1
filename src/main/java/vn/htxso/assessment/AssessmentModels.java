package vn.htxso.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.htxso.assessment.AssessmentModel.Dimension;
import vn.htxso.assessment.AssessmentModel.Item;
import vn.htxso.assessment.AssessmentModel.Option;
import vn.htxso.assessment.internal.ModelStore;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;

/**
 * Publishing the HTX-DMI model: a national admin downloads a version as JSON, edits it and uploads it as the next
 * version. Published versions never change, so old assessments keep theirs.
 */
@Service
public class AssessmentModels {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,20}");

    private final ModelStore store;
    private final ObjectMapper json;
    private final AuditLog auditLog;
    private final Clock clock;

    AssessmentModels(ModelStore store, ObjectMapper json, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.json = json;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ModelStore.VersionInfo> versions() {
        return store.versions();
    }

    @Transactional(readOnly = true)
    public byte[] exportJson(int version) {
        AssessmentModel model = store.load(version);
        List<DimensionDoc> dimensions = model.dimensions().stream().map(d -> new DimensionDoc(d.code(), d.nameVi(),
                d.nameEn(), d.items().stream().map(i -> new ItemDoc(i.code(), i.kind().name(),
                        i.pillar() == null ? null : i.pillar().name(), i.weight(), i.maxValue(), i.textVi(), i.textEn(),
                        i.options().stream().map(o -> new OptionDoc(o.code(), o.labelVi(), o.labelEn(), o.minValue(),
                                o.points(), o.dimensionCode())).toList())).toList())).toList();
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new ModelDoc(model.version(), dimensions));
    }

    /** Checks and publishes an uploaded model as the next version; returns that version. */
    @Transactional
    public int publish(CurrentUser user, byte[] content, String note) {
        if (user == null || !user.isNationalAdmin()) {
            throw new Forbidden();
        }
        ModelDoc doc;
        try {
            doc = json.readValue(content, ModelDoc.class);
        } catch (JacksonException e) {
            throw invalid("JSON");
        }
        AssessmentModel model = toModel(doc);
        String cleanNote = note == null ? null : note.strip().substring(0, Math.min(note.strip().length(), 500));
        int version = store.publish(model, user.username(), cleanNote, cleanNote, clock.instant());
        auditLog.record(AuditEntry.of("assessment.model.published", "assessment-model", version,
                model.items().size() + " items"));
        return version;
    }

    static AssessmentModel toModel(ModelDoc doc) {
        if (doc == null || doc.dimensions() == null || doc.dimensions().isEmpty()) {
            throw invalid("dimensions");
        }
        Set<String> dimensionCodes = new HashSet<>();
        doc.dimensions().forEach(d -> {
            if (d == null || d.code() == null || !CODE.matcher(d.code()).matches() || !dimensionCodes.add(d.code())) {
                throw invalid("dimension code " + (d == null ? null : d.code()));
            }
        });
        Set<String> itemCodes = new HashSet<>();
        List<Dimension> dimensions = new ArrayList<>();
        for (DimensionDoc d : doc.dimensions()) {
            text(d.nameVi(), d.code());
            text(d.nameEn(), d.code());
            if (d.items() == null || d.items().isEmpty()) {
                throw invalid(d.code() + ": items");
            }
            List<Item> items = new ArrayList<>();
            for (ItemDoc i : d.items()) {
                if (i == null || i.code() == null || !CODE.matcher(i.code()).matches() || !itemCodes.add(i.code())) {
                    throw invalid("item code " + (i == null ? null : i.code()));
                }
                ItemKind kind;
                try {
                    kind = ItemKind.valueOf(String.valueOf(i.kind()));
                } catch (IllegalArgumentException e) {
                    throw invalid(i.code() + ": kind");
                }
                Pillar pillar = null;
                if (kind.scored()) {
                    try {
                        pillar = Pillar.valueOf(String.valueOf(i.pillar()));
                    } catch (IllegalArgumentException e) {
                        throw invalid(i.code() + ": pillar");
                    }
                    if (i.weight() == null || i.weight() < 1 || i.weight() > 10) {
                        throw invalid(i.code() + ": weight 1–10");
                    }
                }
                text(i.textVi(), i.code());
                text(i.textEn(), i.code());
                List<Option> options = new ArrayList<>();
                Set<String> optionCodes = new HashSet<>();
                for (OptionDoc o : i.options() == null ? List.<OptionDoc>of() : i.options()) {
                    if (o == null || o.code() == null || !CODE.matcher(o.code()).matches() || !optionCodes.add(o.code())) {
                        throw invalid(i.code() + ": option code");
                    }
                    text(o.labelVi(), i.code() + "." + o.code());
                    text(o.labelEn(), i.code() + "." + o.code());
                    if (o.dimension() != null && !dimensionCodes.contains(o.dimension())) {
                        throw invalid(i.code() + "." + o.code() + ": dimension");
                    }
                    options.add(new Option(o.code(), o.labelVi().strip(), o.labelEn().strip(), o.minValue(), o.points(),
                            o.dimension()));
                }
                BigDecimal max = switch (kind) {
                    case LADDER -> {
                        if (options.size() != 6 || options.stream().anyMatch(o -> o.points() == null)) {
                            throw invalid(i.code() + ": 6 steps 0–5");
                        }
                        yield BigDecimal.valueOf(5);
                    }
                    case CHECKLIST -> {
                        if (options.isEmpty()) {
                            throw invalid(i.code() + ": options");
                        }
                        yield BigDecimal.valueOf(options.size());
                    }
                    case SHARE -> BigDecimal.valueOf(100);
                    case EVIDENCE -> BigDecimal.ONE;
                    case THRESHOLD -> {
                        if (options.isEmpty() || options.stream().anyMatch(o -> o.minValue() == null || o.points() == null
                                || o.points() < 1 || o.points() > 5)) {
                            throw invalid(i.code() + ": thresholds");
                        }
                        yield positive(i);
                    }
                    case NEEDS -> options.isEmpty() ? positive(i) : BigDecimal.valueOf(options.size());
                };
                items.add(new Item(i.code(), d.code(), kind, pillar, kind.scored() ? i.weight() : 0, max,
                        i.textVi().strip(), i.textEn().strip(), options));
            }
            dimensions.add(new Dimension(d.code(), d.nameVi().strip(), d.nameEn().strip(), items));
        }
        return new AssessmentModel(0, dimensions);
    }

    private static BigDecimal positive(ItemDoc i) {
        if (i.maxValue() == null || i.maxValue().signum() <= 0 || i.maxValue().compareTo(new BigDecimal("1e12")) >= 0) {
            throw invalid(i.code() + ": maxValue");
        }
        return i.maxValue();
    }

    private static void text(String value, String where) {
        if (value == null || value.isBlank() || value.length() > 500) {
            throw invalid(where + ": text");
        }
    }

    private static BusinessRuleViolation invalid(String detail) {
        return new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "assessment.model.invalid", detail);
    }

    public record ModelDoc(Integer version, List<DimensionDoc> dimensions) {
    }

    public record DimensionDoc(String code, String nameVi, String nameEn, List<ItemDoc> items) {
    }

    public record ItemDoc(String code, String kind, String pillar, Integer weight, BigDecimal maxValue, String textVi,
                          String textEn, List<OptionDoc> options) {
    }

    public record OptionDoc(String code, String labelVi, String labelEn, BigDecimal minValue, Integer points,
                            String dimension) {
    }
}
