package uk.betteroff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 20 item 8: OWASP "CSV Injection" neutralising of text cells, and what must stay as it is. */
class CsvTest {
    private static String cell(String text) { return Csv.cell(new StringBuilder(), text).toString(); }

    @Test
    void aTextCellThatWouldStartAFormulaGetsALeadingApostrophe() {
        assertEquals("'=1+1", cell("=1+1"));
        assertEquals("'+1+1", cell("+1+1"));
        assertEquals("'-1+1", cell("-1+1"));
        assertEquals("'@SUM(A1)", cell("@SUM(A1)"));
        assertEquals("'\t=1+1", cell("\t=1+1"));
        assertEquals("\"'\r=1+1\"", cell("\r=1+1"), "a carriage return also makes the cell quoted (RFC 4180)");
        assertEquals("' =1+1", cell(" =1+1"), "spaces before the sign do not hide it");
        assertEquals("'\uFF1D1+1", cell("\uFF1D1+1"), "the full-width equals sign some spreadsheets also take");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", cell("=HYPERLINK(\"http://x\",\"y\")"), "neutralised, then quoted as ever");
    }

    @Test
    void plainTextAndPlainNegativeNumbersAreLeftAsTheyAre() {
        assertEquals("B16", cell("B16"));
        assertEquals("-42", cell("-42"), "a spreadsheet reads it as the number -42: no formula runs");
        assertEquals("-12.34", cell("-12.34"));
        assertEquals("'-12.", cell("-12."));
        assertEquals("'-1e5", cell("-1e5"));
        assertEquals("hours: \"sixteen\" is not a number", cell("hours: \"sixteen\" is not a number").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertFalse(Csv.wouldBeFormula("smith=jones"), "only the first character matters");
        assertTrue(Csv.wouldBeFormula("-"));
    }
}
