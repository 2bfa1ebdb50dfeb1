package vn.htxso.registry.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of an uploaded sheet to a handler without holding the workbook: .xlsx through POI's SAX event
 * API (the first sheet), .csv (UTF-8, optional byte-order mark, comma or semicolon) through Commons CSV. Row numbers
 * are the spreadsheet's: the header is row 1.
 */
public final class RowSource {

    /** Receives each row: its spreadsheet number and its cells as text (blank cells as empty strings). */
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** The file could not be read as a sheet. */
    public static class UnreadableFile extends Exception {
        public UnreadableFile(Throwable cause) {
            super(cause);
        }
    }

    private RowSource() {
    }

    public static boolean isXlsx(String filename) {
        return filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    public static boolean isCsv(String filename) {
        return filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    public static void read(java.nio.file.Path file, String filename, RowHandler handler) throws UnreadableFile {
        try {
            if (isXlsx(filename)) {
                readXlsx(file, handler);
            } else {
                try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                    readCsv(in, handler);
                }
            }
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException e) {
            if (e instanceof StopReading stop) {
                throw stop;
            }
            throw new UnreadableFile(e);
        }
    }

    /** Thrown by a handler to stop reading early (too many rows). */
    public static class StopReading extends RuntimeException {
        public StopReading() {
            super(null, null, false, false);
        }
    }

    static void readCsv(InputStream raw, RowHandler handler) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] bom = new byte[3];
        int n = in.readNBytes(bom, 0, 3);
        if (!(n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            if (n > 0) {
                in.unread(bom, 0, n);
            }
        }
        java.io.BufferedReader reader = new java.io.BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)), 65536);
        reader.mark(65536);
        String first = reader.readLine();
        if (first == null) {
            return;
        }
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        reader.reset();
        Reader source = reader;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            int rowNumber = 0;
            for (CSVRecord record : parser) {
                rowNumber++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                handler.row(rowNumber, cells);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static void readXlsx(java.nio.file.Path file, RowHandler handler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(handler),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        }
    }

    /** Formats date cells as ISO dates and whole numbers without grouping or exponent, so parsing stays simple. */
    static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return java.math.BigDecimal.valueOf(value).toPlainString();
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private List<String> cells;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue.strip());
        }
    }
}
