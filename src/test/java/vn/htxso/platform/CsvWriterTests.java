package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

/** Every CSV export goes through one writer that neutralises spreadsheet formulas. */
class CsvWriterTests {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = CsvWriter.utf8WithBom(out);
        csv.row("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "Chè Thanh Chương", -5L, 12);
        csv.flush();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.substring(1).strip()).isEqualTo(
                "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tx,\"'\rx\",Chè Thanh Chương,-5,12");
    }

    @Test
    void noModuleWritesCsvWithoutTheSharedWriter() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("CsvWriter.java"))
                    .filter(p -> read(p).contains("new CSVPrinter(") || read(p).contains("CSVFormat.DEFAULT.print("))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void downloadNamesKeepVietnameseAndCannotBreakTheHeader() {
        String header = Downloads.attachment("Nhật ký \"lô\"\r\nSet-Cookie: x.csv");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Nhật ký \"lô\"Set-Cookie: x.csv");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
