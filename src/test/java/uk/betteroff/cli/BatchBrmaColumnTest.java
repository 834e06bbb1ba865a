package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code brma} column (README "Batch"): a private renter's LHA from rates/lha.yaml when no rate is typed. */
class BatchBrmaColumnTest {

    /**
     * Single 40 renting privately in the Ashford BRMA at £184.62 a week (£800.02 a month), 16 hours at £12.71: the same
     * household as cases/private-brma-ashford-single-40.yaml, whose source works the figures by hand. 1-bedroom rate for
     * UC £749.99 a month (Ashford Borough Council's April 2024 table); out of work UC £424.90 + £749.99 = £1,174.89;
     * in work £1,174.89 − 55% × £881.23 = £690.21.
     */
    @Test
    void aBrmaGivesThePrivateRentersLhaAndBadOnesAreNamed(@TempDir Path dir) throws Exception {
        String header = BatchCommandTest.HEADER + ",brma,lha_rate_month";
        String row = "2026-07-01,england,,false,private,184.62,0,0,false,40,fit,,,,0,16,12.71,weekly,";
        var r = BatchCommandTest.batch(dir, header
                + "\nA," + row + "ashford,"
                + "\nT," + row + "ashford,700.00"
                + "\nBAD," + row + "Ashford Kent!,"
                + "\nNF," + row + "central-london,\n");
        Map<String, String> a = r.rows().get(0), typed = r.rows().get(1), bad = r.rows().get(2), nf = r.rows().get(3);
        assertEquals("1174.89", a.get("out_of_work_universal_credit_month"), a.toString());
        assertEquals("690.21", a.get("in_work_universal_credit_month"), a.toString());
        // a typed rate wins: £424.90 + £700.00 = £1,124.90
        assertEquals("1124.90", typed.get("out_of_work_universal_credit_month"), typed.toString());
        assertTrue(bad.get("error").contains("brma: \"Ashford Kent!\" is not a Broad Rental Market Area id"), bad.toString());
        assertTrue(nf.get("error").contains("Central London") && nf.get("error").contains("lha_rate"), nf.toString());
        assertEquals(1, r.exit(), "a refused row makes the exit code 1");
        assertTrue(!r.err().contains("unknown column") || !r.err().contains("brma"), r.err());
    }
}
