package vn.htxso.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import vn.htxso.platform.CsvWriter;
import vn.htxso.platform.PdfFonts;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;

/**
 * Downloads: filtered lists as .xlsx (streamed, SXSSF) or .csv (UTF-8 with BOM), in the import's own columns so an
 * export can be edited and imported again; the import template; the provincial report as PDF with DejaVu Sans
 * embedded for Vietnamese.
 */
@Service
public class Exports {

    private static final List<String> LIST_HEADER = List.of(ImportColumn.REGISTRATION_NO.label(),
            ImportColumn.NAME.label(), ImportColumn.KIND.label(), ImportColumn.PROVINCE_CODE.label(),
            ImportColumn.COMMUNE.label(), ImportColumn.SECTOR.label(), ImportColumn.STATUS.label(),
            ImportColumn.MEMBERS.label());

    private final Directory directory;
    private final AdminUnits adminUnits;

    Exports(Directory directory, AdminUnits adminUnits) {
        this.directory = directory;
        this.adminUnits = adminUnits;
    }

    private static List<Object> cells(Directory.Row row) {
        return List.of(row.registrationNo(), row.name(), row.kind().name(), row.provinceCode(), row.communeName(),
                vn.htxso.registry.internal.imports.RowParser.SECTOR_LABELS.get(row.sector()),
                vn.htxso.registry.internal.imports.RowParser.STATUS_LABELS.get(row.status()), row.members());
    }

    public void csv(CurrentUser user, Directory.Filter filter, OutputStream out) throws IOException {
        CsvWriter printer = CsvWriter.utf8WithBom(out);
        printer.row(LIST_HEADER);
        directory.forEach(user, filter, row -> {
            try {
                printer.row(cells(row));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    public void xlsx(CurrentUser user, Directory.Filter filter, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("HTX");
            header(workbook, sheet, LIST_HEADER);
            int[] r = {1};
            directory.forEach(user, filter, row -> {
                Row line = sheet.createRow(r[0]++);
                List<Object> values = cells(row);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = line.createCell(i);
                    if (values.get(i) instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(values.get(i)));
                    }
                }
            });
            workbook.write(out);
        }
    }

    /** Writes a small generic table (a dashboard's data) as CSV. */
    public void table(List<String> header, List<List<Object>> rows, OutputStream out) throws IOException {
        CsvWriter printer = CsvWriter.utf8WithBom(out);
        printer.row(header);
        for (List<Object> row : rows) {
            printer.row(row);
        }
        printer.flush();
    }

    /** The import template: every column with its Vietnamese label, an example row, and lists of allowed values. */
    public void template(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("HTX");
            List<String> labels = java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::label).toList();
            header(workbook, sheet, labels);
            Row keys = sheet.createRow(1);
            // an example no real organisation can have: the import refuses its registration number
            String[] example = {vn.htxso.registry.internal.imports.RowParser.EXAMPLE_REGISTRATION_NO,
                "HTX Ví dụ (xoá dòng này)", "HTX", "40", "Xã Hạnh Lâm", "nông nghiệp",
                "đang hoạt động", "12/03/2015", "42", "1500000000", "2025", "3100000000", "210000000", "25",
                "62000000"};
            for (int i = 0; i < example.length; i++) {
                keys.createCell(i).setCellValue(example[i]);
            }
            Sheet values = workbook.createSheet("Giá trị cho phép");
            Row head = values.createRow(0);
            head.createCell(0).setCellValue("Loại hình (kind)");
            head.createCell(1).setCellValue("Lĩnh vực (sector)");
            head.createCell(2).setCellValue("Tình trạng (status)");
            head.createCell(3).setCellValue("Mã tỉnh (province_code)");
            head.createCell(4).setCellValue("Cột (English key)");
            List<String> kinds = List.of("HTX", "THT", "LHHTX");
            List<String> sectors = java.util.Arrays.stream(Sector.values())
                    .map(s -> vn.htxso.registry.internal.imports.RowParser.SECTOR_LABELS.get(s)).toList();
            List<String> statuses = java.util.Arrays.stream(OrganisationStatus.values())
                    .map(s -> vn.htxso.registry.internal.imports.RowParser.STATUS_LABELS.get(s)).toList();
            List<String> provinces = adminUnits.provinces().stream().map(p -> p.code() + " " + p.name()).toList();
            List<String> columns = java.util.Arrays.stream(ImportColumn.values())
                    .map(c -> c.label() + " = " + c.key() + (c.required() ? " (*)" : "")).toList();
            int rows = Math.max(Math.max(provinces.size(), columns.size()), sectors.size());
            for (int i = 0; i < rows; i++) {
                Row row = values.createRow(i + 1);
                set(row, 0, kinds, i);
                set(row, 1, sectors, i);
                set(row, 2, statuses, i);
                set(row, 3, provinces, i);
                set(row, 4, columns, i);
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            list(sheet, helper, 2, kinds);
            list(sheet, helper, 5, sectors);
            list(sheet, helper, 6, statuses);
            for (int i = 0; i < 5; i++) {
                values.setColumnWidth(i, 30 * 256);
            }
            workbook.write(out);
        }
    }

    private static void set(Row row, int column, List<String> values, int index) {
        if (index < values.size()) {
            row.createCell(column).setCellValue(values.get(index));
        }
    }

    private static void list(Sheet sheet, DataValidationHelper helper, int column, List<String> values) {
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, 100_000, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static void header(org.apache.poi.ss.usermodel.Workbook workbook, Sheet sheet, List<String> labels) {
        CellStyle bold = workbook.createCellStyle();
        org.apache.poi.ss.usermodel.Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.min(60, Math.max(14, labels.get(i).length() + 4)) * 256);
        }
    }

    /** A section of the PDF: a title and a table. */
    public record PdfTable(String title, List<String> header, List<List<String>> rows) {
    }

    public void pdf(String title, List<String> lines, List<PdfTable> tables, OutputStream out) throws IOException {
        try {
            BaseFont regular = PdfFonts.regular();
            BaseFont boldFont = PdfFonts.bold();
            Font body = new Font(regular, 10);
            Font bold = new Font(boldFont, 10);
            Font heading = new Font(boldFont, 15);
            Font subheading = new Font(boldFont, 12);
            Document document = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, heading));
            for (String line : lines) {
                document.add(new Paragraph(line, body));
            }
            for (PdfTable table : tables) {
                Paragraph caption = new Paragraph(table.title(), subheading);
                caption.setSpacingBefore(12);
                caption.setSpacingAfter(6);
                document.add(caption);
                PdfPTable pdfTable = new PdfPTable(table.header().size());
                pdfTable.setWidthPercentage(100);
                for (String h : table.header()) {
                    pdfTable.addCell(new PdfPCell(new Phrase(h, bold)));
                }
                for (List<String> row : table.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        PdfPCell cell = new PdfPCell(new Phrase(row.get(i), body));
                        if (i > 0) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        pdfTable.addCell(cell);
                    }
                }
                document.add(pdfTable);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }


    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
