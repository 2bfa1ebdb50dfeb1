package vn.htxso.platform;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way to write a CSV export: UTF-8 with a byte-order mark (so Excel reads Vietnamese), and every text cell
 * that a spreadsheet would run as a formula ({@code = + - @}, tab or carriage return first) written as text with a
 * leading apostrophe (OWASP "CSV injection"). Numbers are written as they are.
 */
public final class CsvWriter implements Flushable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvWriter(Writer writer) throws IOException {
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    }

    public static CsvWriter utf8WithBom(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CsvWriter(writer);
    }

    public void row(Object... cells) throws IOException {
        row(java.util.Arrays.asList(cells));
    }

    public void row(Iterable<?> cells) throws IOException {
        for (Object cell : cells) {
            printer.print(neutralise(cell));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    static Object neutralise(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }
}
