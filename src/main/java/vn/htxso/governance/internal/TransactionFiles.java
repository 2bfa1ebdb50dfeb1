package vn.htxso.governance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a ledger file (.csv in UTF-8 or .xlsx, first sheet) into rows of named cells. The first row names the
 * columns: {@code occurredOn, direction, memberId, amountVnd, description}.
 */
public final class TransactionFiles {

    public static final List<String> COLUMNS = List.of("occurredOn", "direction", "memberId", "amountVnd", "description");
    public static final int MAX_ROWS = 20_000;

    private TransactionFiles() {
    }

    /** One data row: its number in the file (the header is row 1) and its cells by column name. */
    public record FileRow(int row, Map<String, String> cells) {
    }

    /** The rows, or {@code null} when the file cannot be read as .csv or .xlsx. */
    public static List<FileRow> read(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".xlsx") ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<FileRow> csv(byte[] content) throws IOException {
        List<FileRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new FileRow((int) record.getRecordNumber() + 1, cells));
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
        }
        return rows;
    }

    private static List<FileRow> xlsx(byte[] content) throws IOException {
        List<FileRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = new ArrayList<>();
            for (Cell c : headerRow) {
                header.add(formatter.formatCellValue(c).strip());
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum() && rows.size() <= MAX_ROWS; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int i = 0; i < header.size(); i++) {
                    Cell c = row.getCell(i);
                    String value = c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                            : formatter.formatCellValue(c).strip();
                    any |= !value.isEmpty();
                    cells.put(header.get(i), value);
                }
                if (any) {
                    rows.add(new FileRow(r + 1, cells));
                }
            }
        }
        return rows;
    }
}
