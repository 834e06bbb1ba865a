package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.rates.LhaArea;
import uk.betteroff.kernel.rates.LhaCategory;
import uk.betteroff.kernel.rates.LhaTable;
import uk.betteroff.testing.TestRates;

/**
 * The shipped {@code rates/lha.yaml}: every BRMA of England (152), Wales (22) and Scotland (18) is there under the id
 * of its name, and the figures of BRMAs in all three nations are the ones published on council pages for April 2024
 * (each page cited). The rates hold until 31 March 2027 (SI 2025/5 and SI 2026/5 read every LHA as the allowance
 * determined on 31 January 2024).
 */
class LhaRatesFileTest {
    private static final LhaTable LHA = TestRates.loaded().book().lha();

    /** The weekly rates of {@code id} on a date in each of the three years: one set, the same throughout. */
    private static void weekly(String id, String shared, String one, String two, String three, String four) {
        LhaArea a = LHA.area(id).orElseThrow(() -> new AssertionError("no BRMA " + id));
        for (String date : new String[] {"2024-04-08", "2025-07-01", "2027-03-31"}) {
            Map<LhaCategory, BigDecimal> r = a.at(LocalDate.parse(date)).orElseThrow().rates();
            assertEquals(new BigDecimal(shared), r.get(LhaCategory.SHARED), id + " shared " + date);
            assertEquals(new BigDecimal(one), r.get(LhaCategory.ONE_BEDROOM), id + " 1 bedroom " + date);
            assertEquals(new BigDecimal(two), r.get(LhaCategory.TWO_BEDROOMS), id + " 2 bedrooms " + date);
            assertEquals(new BigDecimal(three), r.get(LhaCategory.THREE_BEDROOMS), id + " 3 bedrooms " + date);
            assertEquals(new BigDecimal(four), r.get(LhaCategory.FOUR_BEDROOMS), id + " 4 bedrooms " + date);
        }
    }

    @Test
    void everyBrmaOfTheThreeNationsIsThereUnderTheIdOfItsName() {
        // 192 BRMAs across Great Britain (DWP written answer, parallelparliament.co.uk/question/21947): England 152,
        // Wales 22, Scotland 18 (UBDC's LHA dataset counts 23 for Wales with one BRMA that spans the border)
        assertEquals(152, LHA.areas().values().stream().filter(a -> a.nation() == Nation.ENGLAND).count());
        assertEquals(22, LHA.areas().values().stream().filter(a -> a.nation() == Nation.WALES).count());
        assertEquals(18, LHA.areas().values().stream().filter(a -> a.nation() == Nation.SCOTLAND).count());
        for (LhaArea a : LHA.areas().values()) assertEquals(LhaReader.idOf(a.name()), a.id(), a.name());
        // the examples
        assertEquals("Inner South East London", LHA.area("inner-south-east-london").orElseThrow().name());
        assertEquals("Lothian", LHA.area("lothian").orElseThrow().name());
        assertEquals("Aberdeen and Shire", LHA.area("aberdeen-and-shire").orElseThrow().name());
        assertEquals(LocalDate.parse("2027-03-31"), LHA.until().orElseThrow());
    }

    @Test
    void englishFiguresAreTheCouncilPagesApril2024Rates() {
        // bromley.gov.uk/local-housing-allowance/local-housing-allowance-lha-rates: "The weekly LHA rates from April 2024"
        weekly("inner-south-east-london", "149.59", "298.15", "356.71", "448.77", "506.30");
        weekly("outer-south-east-london", "138.08", "241.64", "299.18", "356.71", "414.22");
        // coventry.gov.uk (Local Housing Allowance rates (per week) from 1 April 2024); hinckley-bosworth.gov.uk agrees
        weekly("coventry", "99.50", "132.33", "155.34", "178.36", "230.14");
        // hinckley-bosworth.gov.uk and nwleics.gov.uk/pages/current_lha_rates (Leicester, weekly from April 2024)
        weekly("leicester", "91.00", "124.27", "149.59", "178.36", "241.64");
        // wirral.gov.uk: weekly LHA rate 2024-25
        weekly("wirral", "73.35", "97.81", "120.82", "149.59", "189.86");
        // ashford.gov.uk: Local housing allowance rates from April 2024, Ashford [86], Canterbury [15], High Weald [83]
        weekly("ashford", "90.50", "172.60", "195.62", "252.64", "331.40");
        weekly("canterbury", "97.81", "155.34", "205.97", "253.15", "302.63");
        weekly("high-weald", "105.82", "184.11", "247.40", "304.47", "420.00");
        // havant.gov.uk: Local housing allowance rates 2024/25, Portsmouth and Chichester BRMAs
        weekly("portsmouth", "97.31", "159.95", "194.47", "230.14", "299.18");
        weekly("chichester", "103.56", "181.35", "218.63", "281.92", "368.22");
        // lichfielddc.gov.uk: Mid-Staffs local housing allowance 2024/2025
        weekly("mid-staffs", "81.10", "115.07", "143.84", "170.30", "228.99");
        // bathnes.gov.uk: Local Housing Allowance rates from 1st April 2024, Bath and Bristol
        weekly("bath", "124.27", "187.56", "225.53", "276.16", "447.62");
        weekly("bristol", "117.68", "207.12", "252.00", "299.18", "425.75");
        // guildford.gov.uk: 1 April 2024 to 31 March 2025, Guildford and Blackwater Valley
        weekly("guildford", "118.52", "218.63", "281.92", "340.60", "455.21");
        weekly("blackwater-valley", "110.00", "184.11", "230.14", "298.03", "391.23");
        // bury.gov.uk: weekly rates of Local Housing Allowance for 2024-25, Bolton & Bury and Central (Greater) Manchester
        weekly("bolton-and-bury", "78.59", "109.32", "132.33", "161.10", "218.63");
        weekly("central-greater-manchester", "94.72", "178.36", "201.37", "218.63", "310.68");
        // southribble.gov.uk: LHA rates 1 April 2024 to April 2025, Central and East Lancashire
        weekly("central-lancs", "70.00", "103.56", "132.33", "149.59", "212.88");
        weekly("east-lancs", "67.08", "97.81", "109.32", "136.93", "182.96");
        // Ashfield District Council: North Nottinghamshire, April 2025 to March 2026 (the April 2024 rates held by SI 2025/5)
        weekly("north-nottingham", "78.00", "102.41", "126.58", "134.63", "186.41");
    }

    @Test
    void universalCreditMonthlyFiguresWhereAPageGivesThem() {
        // ashford.gov.uk gives each rate per week / per month: Ashford 1 bedroom £172.60 / £749.99 (not £172.60 × 52/12 = £747.93)
        var d = LHA.area("ashford").orElseThrow().at(LocalDate.parse("2026-07-01")).orElseThrow();
        assertEquals(new BigDecimal("749.99"), d.monthly().get(LhaCategory.ONE_BEDROOM));
        assertEquals(new BigDecimal("393.24"), d.monthly().get(LhaCategory.SHARED));
        assertEquals(new BigDecimal("1825.00"), LHA.area("high-weald").orElseThrow().at(LocalDate.parse("2026-07-01")).orElseThrow()
                .monthly().get(LhaCategory.FOUR_BEDROOMS));
        // Ashfield District Council: North Nottinghamshire 1 bedroom £102.41 a week, £445.00 a calendar month
        assertEquals(new BigDecimal("445.00"), LHA.area("north-nottingham").orElseThrow().at(LocalDate.parse("2026-07-01")).orElseThrow()
                .monthly().get(LhaCategory.ONE_BEDROOM));
        assertTrue(LHA.area("coventry").orElseThrow().at(LocalDate.parse("2026-07-01")).orElseThrow().monthly().isEmpty());
    }

    @Test
    void scottishFiguresAreTheCouncilPagesApril2024Rates() {
        // dundeecity.gov.uk: Local Housing Allowance Rates from 1st April 2024 (Dundee and Angus)
        weekly("dundee-and-angus", "86.30", "92.05", "141.53", "182.96", "253.15");
        // eastlothian.gov.uk: Rates from 1 April 2024 to 31 March 2025 (Lothian)
        weekly("lothian", "109.32", "172.60", "223.23", "316.44", "501.70");
        // inverclyde.gov.uk: LHA rates for Renfrewshire and Inverclyde from April 2024 to March 2025
        weekly("renfrewshire-and-inverclyde", "82.85", "92.05", "120.82", "138.08", "253.15");
        // dumgal.gov.uk: current weekly rates in Dumfries and Galloway (page updated 22 May 2024)
        weekly("dumfries-and-galloway", "77.10", "87.45", "103.56", "115.07", "158.79");
        // nesaf.co.uk: LHA Rates from April 2024, Aberdeen and Shire
        weekly("aberdeen-and-shire", "74.79", "109.32", "149.59", "197.92", "287.67");
    }

    @Test
    void welshFiguresSayTheyWereNotCheckedAgainstACouncilPage() {
        // Rent Officers Wales' April 2024 table as transcribed: no Welsh council page with 2024 figures was found to check
        // them against, and every Welsh area's note says so (the figures themselves are not asserted here: there is
        // nothing independent to assert them against)
        LHA.areas().values().stream().filter(a -> a.nation() == Nation.WALES)
                .forEach(a -> assertTrue(a.note().contains("not checked against a council page"), a.name()));
    }

    @Test
    void anEnglishBrmaWhoseFiguresWereNotFoundSaysSo() {
        var d = LHA.area("central-london").orElseThrow().at(LocalDate.parse("2026-07-01")).orElseThrow();
        assertTrue(d.rates().isEmpty());
        assertTrue(d.notFound().orElseThrow().contains("not found"), d.notFound().toString());
    }
}
