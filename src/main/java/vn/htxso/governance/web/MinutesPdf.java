package vn.htxso.governance.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.htxso.governance.Assembly;
import vn.htxso.governance.Convening;
import vn.htxso.governance.MinutesCorrection;
import vn.htxso.governance.Resolution;
import vn.htxso.platform.PdfFonts;
import vn.htxso.platform.VnFormat;
import vn.htxso.registry.OrganisationSummary;

/** The minutes of an assembly as a Vietnamese PDF (the platform's embedded font). */
@Component
class MinutesPdf {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final VnFormat fmt;

    MinutesPdf(MessageSource messages, VnFormat fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] render(Assembly a, OrganisationSummary org, List<Resolution> resolutions, Convening.Attendance attendance,
                  List<MinutesCorrection> corrections) {
        BaseFont base = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Font text = new Font(base, 10);
        Font strong = new Font(bold, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph motto = new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", strong);
        motto.setAlignment(Paragraph.ALIGN_CENTER);
        document.add(motto);
        Paragraph title = new Paragraph(t("governance.pdf.title", t("governance.AssemblyKind." + a.kind()).toUpperCase(VI)),
                new Font(bold, 14));
        title.setAlignment(Paragraph.ALIGN_CENTER);
        title.setSpacingBefore(12);
        document.add(title);
        document.add(new Paragraph(org.name() + " · " + t("governance.pdf.registration", org.registrationNo()), text));
        document.add(new Paragraph(t("governance.pdf.held", a.heldOn() == null ? "—" : fmt.date(a.heldOn()),
                t("governance.AssemblyForm." + a.form()), t("governance.MeetingMode." + a.mode())), text));
        if (a.fiscalYear() != null) {
            document.add(new Paragraph(t("governance.pdf.fiscalYear", String.valueOf(a.fiscalYear())), text));
        }
        document.add(new Paragraph(t("governance.pdf.attendance", a.eligibleVoters(), attendance.officialPresent(),
                attendance.associatesPresent()), text));
        if (a.agenda() != null) {
            document.add(new Paragraph(t("governance.assembly.agenda"), strong));
            document.add(new Paragraph(a.agenda(), text));
        }
        document.add(new Paragraph(t("governance.assembly.resolutions"), strong));
        PdfPTable table = new PdfPTable(new float[] {5, 1.2f, 1.2f, 1.2f, 1.2f, 1.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (String h : List.of("governance.resolution.title", "governance.resolution.present",
                "governance.Choice.FOR", "governance.Choice.AGAINST", "governance.Choice.ABSTAIN",
                "governance.resolution.result")) {
            table.addCell(new Paragraph(t(h), strong));
        }
        for (Resolution r : resolutions) {
            table.addCell(new Paragraph(r.title() + " (" + t("governance.ResolutionCategory." + r.category()) + ")", text));
            table.addCell(new Paragraph(String.valueOf(r.present()), text));
            table.addCell(new Paragraph(String.valueOf(r.votesFor()), text));
            table.addCell(new Paragraph(String.valueOf(r.votesAgainst()), text));
            table.addCell(new Paragraph(String.valueOf(r.abstentions()), text));
            table.addCell(new Paragraph(t(r.passed() ? "governance.resolution.passed" : "governance.resolution.notPassed"), text));
        }
        document.add(table);
        if (a.minutesText() != null) {
            Paragraph body = new Paragraph(a.minutesText(), text);
            body.setSpacingBefore(8);
            document.add(body);
        }
        Paragraph signed = new Paragraph(a.signed()
                ? t("governance.pdf.signed", fmt.dateTime(a.minutesSignedAt()), a.chairName(), a.secretaryName())
                : t("governance.pdf.draft"), strong);
        signed.setSpacingBefore(16);
        document.add(signed);
        for (MinutesCorrection c : corrections) {
            Paragraph heading = new Paragraph(t("governance.pdf.correction", fmt.dateTime(c.signedAt()),
                    c.chairName(), c.secretaryName()), strong);
            heading.setSpacingBefore(12);
            document.add(heading);
            document.add(new Paragraph(t("governance.correction.reasonLabel") + ": " + c.reason(), text));
            document.add(new Paragraph(c.correction(), text));
        }
        document.close();
        return out.toByteArray();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
