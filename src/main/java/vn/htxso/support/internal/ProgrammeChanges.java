package vn.htxso.support.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.platform.JdbcRows;
import vn.htxso.support.Programme;
import vn.htxso.support.ProgrammeChange;

/** A programme's edits ({@code support_programme_changes}) and the edit itself ({@code programmes}). */
@Repository
public class ProgrammeChanges {

    private static final String SEPARATOR = "\u001f";
    private static final String LINE = "\u001e";

    private final JdbcClient jdbc;

    ProgrammeChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rewrites what an edit may change (not the province, not the money already reserved or paid). */
    public void update(Programme p) {
        jdbc.sql("""
                update programmes set name = ?, budget = ?, starts_on = ?, ends_on = ?, subsidy_share_percent = ?,
                  cap_micro_vnd = ?, cap_small_vnd = ?, cap_medium_vnd = ?, cap_large_vnd = ?, eligible_sectors = ?,
                  min_level = ?, max_level = ? where id = ?""")
                .params(p.name(), p.budget(), p.startsOn(), p.endsOn(), p.rule().sharePercent(),
                        p.rule().capMicroVnd(), p.rule().capSmallVnd(), p.rule().capMediumVnd(),
                        p.rule().capLargeVnd(), p.eligibleSectors() == null || p.eligibleSectors().isEmpty() ? null
                                : String.join(",", new java.util.TreeSet<>(p.eligibleSectors())),
                        p.minLevel(), p.maxLevel(), p.id())
                .update();
    }

    public void record(UUID programmeId, Instant at, String actor, List<ProgrammeChange.Field> fields) {
        StringBuilder text = new StringBuilder();
        for (ProgrammeChange.Field f : fields) {
            text.append(text.length() == 0 ? "" : LINE).append(f.field()).append(SEPARATOR)
                    .append(f.before() == null ? "" : f.before()).append(SEPARATOR)
                    .append(f.after() == null ? "" : f.after());
        }
        jdbc.sql("insert into support_programme_changes (id, programme_id, changed_at, actor, changes) "
                        + "values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), programmeId, JdbcRows.at(at), actor,
                        text.length() > 4000 ? text.substring(0, 4000) : text.toString())
                .update();
    }

    /** Newest first. */
    public List<ProgrammeChange> of(UUID programmeId) {
        return jdbc.sql("select changed_at, actor, changes from support_programme_changes where programme_id = ? "
                        + "order by changed_at desc, id")
                .param(programmeId)
                .query((rs, n) -> {
                    List<ProgrammeChange.Field> fields = new ArrayList<>();
                    for (String line : rs.getString("changes").split(LINE)) {
                        String[] parts = line.split(SEPARATOR, -1);
                        if (parts.length == 3) {
                            fields.add(new ProgrammeChange.Field(parts[0], parts[1], parts[2]));
                        }
                    }
                    return new ProgrammeChange(JdbcRows.instant(rs, "changed_at"), rs.getString("actor"),
                            List.copyOf(fields));
                })
                .list();
    }
}
