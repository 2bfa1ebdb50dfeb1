package vn.htxso.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.assessment.AssessmentModel;
import vn.htxso.assessment.AssessmentModel.Dimension;
import vn.htxso.assessment.AssessmentModel.Item;
import vn.htxso.assessment.AssessmentModel.Option;
import vn.htxso.assessment.ItemKind;
import vn.htxso.assessment.Pillar;

import vn.htxso.platform.VnTime;

/** The published versions of the HTX-DMI model. A version never changes once published, so it is cached. */
@Repository
public class ModelStore {

    private final JdbcClient jdbc;
    private final Map<Integer, AssessmentModel> cache = new ConcurrentHashMap<>();

    ModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int currentVersion() {
        return jdbc.sql("select max(version) from assessment_model_versions").query(Integer.class).single();
    }

    public AssessmentModel load(int version) {
        return cache.computeIfAbsent(version, this::read);
    }

    public List<VersionInfo> versions() {
        return jdbc.sql("""
                select v.version, v.published_at, v.published_by, v.note_vi, v.note_en,
                       (select count(*) from assessment_items i where i.model_version = v.version) items,
                       (select count(*) from assessments a where a.model_version = v.version and a.status = 'COMPLETED') used
                from assessment_model_versions v order by v.version desc""")
                .query((rs, n) -> new VersionInfo(rs.getInt(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /** Publishes the model as the next version; returns that version. */
    public int publish(AssessmentModel model, String by, String noteVi, String noteEn, Instant at) {
        int version = currentVersion() + 1;
        jdbc.sql("insert into assessment_model_versions (version, published_at, published_by, note_vi, note_en) values (?, ?, ?, ?, ?)")
                .params(version, VnTime.at(at), by, noteVi, noteEn).update();
        int dpos = 0;
        for (Dimension d : model.dimensions()) {
            jdbc.sql("insert into assessment_dimensions (model_version, code, position, name_vi, name_en) values (?, ?, ?, ?, ?)")
                    .params(version, d.code(), ++dpos, d.nameVi(), d.nameEn()).update();
            int ipos = 0;
            for (Item i : d.items()) {
                jdbc.sql("""
                        insert into assessment_items (model_version, code, dimension_code, position, kind, pillar, weight,
                                                      max_value, text_vi, text_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(version, i.code(), d.code(), ++ipos, i.kind().name(),
                                i.pillar() == null ? null : i.pillar().name(), i.weight(), i.maxValue(), i.textVi(),
                                i.textEn()).update();
                int opos = 0;
                for (Option o : i.options()) {
                    jdbc.sql("""
                            insert into assessment_item_options (model_version, item_code, position, code, label_vi, label_en,
                                                                 min_value, points, dimension_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(version, i.code(), ++opos, o.code(), o.labelVi(), o.labelEn(), o.minValue(),
                                    o.points(), o.dimensionCode()).update();
                }
            }
        }
        return version;
    }

    private AssessmentModel read(int version) {
        Map<String, List<Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                select item_code, code, label_vi, label_en, min_value, points, dimension_code
                from assessment_item_options where model_version = ? order by item_code, position""")
                .param(version)
                .query(rs -> {
                    options.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Option(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                            (Integer) rs.getObject(6, Integer.class), rs.getString(7)));
                });
        Map<String, List<Item>> items = new LinkedHashMap<>();
        jdbc.sql("""
                select code, dimension_code, kind, pillar, weight, max_value, text_vi, text_en
                from assessment_items where model_version = ? order by position""")
                .param(version)
                .query(rs -> {
                    String pillar = rs.getString(4);
                    BigDecimal max = rs.getBigDecimal(6).stripTrailingZeros();
                    items.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Item(rs.getString(1),
                            rs.getString(2), ItemKind.valueOf(rs.getString(3)),
                            pillar == null ? null : Pillar.valueOf(pillar), rs.getInt(5),
                            max.scale() < 0 ? max.setScale(0) : max, rs.getString(7), rs.getString(8),
                            options.getOrDefault(rs.getString(1), List.of())));
                });
        List<Dimension> dimensions = jdbc.sql("""
                select code, name_vi, name_en from assessment_dimensions where model_version = ? order by position""")
                .param(version)
                .query((rs, n) -> new Dimension(rs.getString(1), rs.getString(2), rs.getString(3),
                        items.getOrDefault(rs.getString(1), List.of())))
                .list();
        if (dimensions.isEmpty()) {
            throw new vn.htxso.platform.NotFound("model version " + version);
        }
        return new AssessmentModel(version, dimensions);
    }

    public record VersionInfo(int version, Instant publishedAt, String publishedBy, String noteVi, String noteEn,
                              int items, int usedBy) {
    }
}
