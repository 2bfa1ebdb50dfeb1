package vn.htxso.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.htxso.registry.ImportChecks.RowFlag;

/**
 * The flags of an import job ({@code registry_import_flags}, deleted with the job). Arguments are kept as text, each
 * prefixed by its type ({@code n:} a number, {@code s:} text) and separated by a unit separator.
 */
@Repository
public class ImportFlagRows {

    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportFlagRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void replace(UUID job, List<RowFlag> flags) {
        jdbc.sql("delete from registry_import_flags where job_id = ?").param(job).update();
        List<Object[]> batch = new ArrayList<>(flags.size());
        for (RowFlag f : flags) {
            batch.add(new Object[] {job, f.row(), f.registrationNo(), f.rule(), f.messageKey(), encode(f.args())});
        }
        for (int from = 0; from < batch.size(); from += 500) {
            template.batchUpdate("""
                    insert into registry_import_flags (job_id, row_no, registration_no, rule, message_key, args)
                    values (?, ?, ?, ?, ?, ?)""", batch.subList(from, Math.min(batch.size(), from + 500)));
        }
    }

    public List<RowFlag> of(UUID job, int limit) {
        return jdbc.sql("""
                select row_no, registration_no, rule, message_key, args from registry_import_flags where job_id = ?
                order by row_no, rule fetch first :limit rows only""".replace(":limit", String.valueOf(limit)))
                .param(job)
                .query((rs, n) -> new RowFlag(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        decode(rs.getString(5)))).list();
    }

    public int count(UUID job) {
        return jdbc.sql("select count(*) from registry_import_flags where job_id = ?").param(job).query(Integer.class)
                .single();
    }

    static String encode(List<Object> args) {
        List<String> parts = new ArrayList<>(args.size());
        for (Object a : args) {
            parts.add(a instanceof Number ? "n:" + a : "s:" + (a == null ? "" : a.toString().replace(SEPARATOR, " ")));
        }
        return String.join(SEPARATOR, parts);
    }

    static List<Object> decode(String text) {
        List<Object> args = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return args;
        }
        for (String part : text.split(SEPARATOR, -1)) {
            if (part.startsWith("n:")) {
                String n = part.substring(2);
                args.add(n.contains(".") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n));
            } else {
                args.add(part.startsWith("s:") ? part.substring(2) : part);
            }
        }
        return args;
    }
}
