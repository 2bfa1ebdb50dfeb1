package vn.htxso.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.stereotype.Service;

import vn.htxso.platform.AuditLog.AuditEntry;

/**
 * Imports the official commune list (CSV, UTF-8: code, name, province code; Vietnamese headers accepted). Every row
 * is checked first; a file with any bad row stores nothing.
 */
@Service
public class CommuneImport {

    private static final Map<String, String> HEADERS = Map.of(
            "code", "code", "ma", "code", "maxa", "code", "macode", "code",
            "name", "name", "ten", "name", "tenxa", "name",
            "provincecode", "province", "province", "province", "matinh", "province");

    private final AdminUnits adminUnits;
    private final AuditLog audit;

    CommuneImport(AdminUnits adminUnits, AuditLog audit) {
        this.adminUnits = adminUnits;
        this.audit = audit;
    }

    public Result importCsv(InputStream input) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Commune> communes = new ArrayList<>();
        try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            Map<String, String> columns = new java.util.HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String field = HEADERS.get(VietnameseText.key(header));
                if (field != null) {
                    columns.put(field, header);
                }
            }
            for (String required : List.of("code", "name", "province")) {
                if (!columns.containsKey(required)) {
                    problems.add(new Problem(1, required, "platform.communes.header.missing"));
                }
            }
            if (!problems.isEmpty()) {
                return new Result(0, problems);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                String code = value(record, columns.get("code"));
                String name = value(record, columns.get("name"));
                String province = value(record, columns.get("province"));
                if (province.length() == 1) {
                    province = "0" + province;
                }
                if (!code.matches("[0-9]{1,10}")) {
                    problems.add(new Problem(row, "code", "platform.communes.code.invalid"));
                } else if (!seen.add(code)) {
                    problems.add(new Problem(row, "code", "platform.communes.code.duplicate"));
                }
                if (name.isEmpty() || name.length() > 120) {
                    problems.add(new Problem(row, "name", "platform.communes.name.invalid"));
                }
                if (!adminUnits.isProvince(province)) {
                    problems.add(new Problem(row, "province_code", "platform.communes.province.unknown"));
                }
                communes.add(new Commune(code, name, province));
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException malformed) {
            problems.add(new Problem(1, "file", "platform.communes.file.invalid"));
        }
        if (!problems.isEmpty()) {
            return new Result(0, problems);
        }
        int written = adminUnits.saveCommunes(communes);
        audit.record(AuditEntry.of("communes.imported", "commune", null, written + " rows"));
        return new Result(written, List.of());
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    public record Result(int imported, List<Problem> problems) {
    }

    public record Problem(long row, String column, String messageKey) {
    }
}
