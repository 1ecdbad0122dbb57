package be.sos.views;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The closing script as an HTML page and as a Word document. */
final class ScriptPages {
    /** The paragraph style ids of the Word document: Word's own built-in names, so that its navigation pane and table of contents see them. */
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HINT = "Hint";

    private ScriptPages() {}

    static String html(ClosingScript s) {
        Html page = new Html(s.language(), s.title() + " " + s.caseId());
        page.raw("<header>\n").el("h1", null, s.title()).el("p", "class=\"as-of\"", s.subtitle()).raw("</header>\n");
        for (ClosingScript.Section section : s.sections()) {
            page.raw("<section id=\"" + section.id() + "\"" + (section.toWrite() ? " class=\"to-write-section\"" : "")
                    + " aria-labelledby=\"h-" + section.id() + "\">\n").el("h2", "id=\"h-" + section.id() + "\"", section.heading());
            for (String p : section.paragraphs()) {
                page.el("p", section.toWrite() ? "class=\"muted\"" : "class=\"free\"", p);
            }
            for (ClosingScript.Table table : section.tables()) {
                page.table(table.caption(), table.header(), table.rows());
            }
            if (section.toWrite()) {
                page.raw("<div class=\"to-write\"></div>\n");
            }
            page.raw("</section>\n");
        }
        return page.end(s.subtitle());
    }

    static void docx(ClosingScript s, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            a4(doc);
            XWPFStyles styles = doc.createStyles();
            style(styles, TITLE, "Title", null, 40, false);
            style(styles, HEADING_1, "heading 1", 0, 30, false);
            style(styles, HEADING_2, "heading 2", 1, 24, false);
            style(styles, HINT, "Hint", null, 20, true);
            paragraph(doc, TITLE, s.title());
            paragraph(doc, null, s.subtitle());
            for (ClosingScript.Section section : s.sections()) {
                paragraph(doc, HEADING_1, section.heading());
                for (String p : section.paragraphs()) {
                    paragraph(doc, section.toWrite() ? HINT : null, p);
                }
                for (ClosingScript.Table table : section.tables()) {
                    if (table.caption() != null) {
                        paragraph(doc, HEADING_2, table.caption());
                    }
                    table(doc, table);
                }
                if (section.toWrite()) {
                    for (int i = 0; i < 4; i++) {
                        paragraph(doc, null, "");
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
        size.setH(BigInteger.valueOf(16838));
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outline, int halfPoints, boolean italic) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        CTPPrGeneral paragraph = ct.addNewPPr();
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 360 : 200));
        }
        CTRPr run = ct.addNewRPr();
        if (italic) {
            run.addNewI();
            run.addNewColor().setVal("555555");
        } else {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct, styles);
        styles.addStyle(style);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (!text.isEmpty()) {
            lines(p.createRun(), text);
        }
        return p;
    }

    /** Text with its line breaks as Word's breaks. */
    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument doc, ClosingScript.Table table) {
        List<String> header = table.header();
        XWPFTable t = doc.createTable(table.rows().size() + 1, header.size());
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            cell(head.getCell(i), header.get(i), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int i = 0; i < header.size(); i++) {
                cell(t.getRow(r + 1).getCell(i), i < row.size() ? row.get(i) : "", false);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        lines(run, text);
        if (bold) {
            cell.setColor("F0F0F0");
        }
    }
}
