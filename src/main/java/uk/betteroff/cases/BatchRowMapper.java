package uk.betteroff.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.CouncilId;
import uk.betteroff.kernel.household.Limits;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.yaml.Decimals;
import uk.betteroff.yaml.Fields;

/**
 * Turns one caseload row into a household and its one in-work option, checking every cell; a row with
 * problems is refused with each problem naming its column and the value found
 * ({@code hours: "forty" is not a number}). Empty optional cells take the defaults in the README ("Batch").
 */
public final class BatchRowMapper {
    private static final BigDecimal MAX_MONEY = Limits.MONEY_MAX;
    private static final BigDecimal MAX_HOURS = Limits.HOURS_MAX;
    private static final BigDecimal MAX_WAGE = Limits.HOURLY_WAGE_MAX;
    /** The case format's born_before_2017_04_06 (first-child higher rate, UC Regs 2013 reg 24 and 36(3A)). */
    private static final LocalDate FIRST_CHILD_RATE_DATE = LocalDate.of(2017, 4, 6);

    /** Characters in any cell: far more than any real id, amount or list of ages (a longer one is refused at once). */
    public static final int MAX_CELL = 1_000;

    /** A row turned into a household ({@link Ready}), or refused with its problems. */
    public sealed interface Mapped {
        String id();

        long line();
    }

    public record Ready(String id, long line, Circumstances circumstances, Scenario scenario) implements Mapped {}

    public record Refused(String id, long line, String error) implements Mapped {}

    private final BatchReader.Header header;
    private final Councils councils;
    private final LocalDate firstDate, lastDate;

    /**
     * @param firstDate the first date the rates cover
     * @param lastDate the last date the rates cover
     */
    public BatchRowMapper(BatchReader.Header header, LocalDate firstDate, LocalDate lastDate) {
        this(header, Councils.NONE, firstDate, lastDate);
    }

    /**
     * As above, with every council in the rates: a {@code council} not in the list is refused with the nearest ids, a
     * {@code nation} or {@code london} that contradicts the council's is refused, and either, left empty, follows the council.
     * A council whose Council Tax Reduction scheme is not in the rates is answered with an estimate (issue 14 item 2).
     */
    public BatchRowMapper(BatchReader.Header header, Councils councils, LocalDate firstDate, LocalDate lastDate) {
        this.header = header;
        this.councils = councils;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    /**
     * The row's id cell as given (empty when the row has none); an id longer than any real cell is cut to
     * {@link #MAX_CELL} characters and marked, so a refused row still shows where it came from without copying a
     * megabyte into the output.
     */
    public String id(BatchReader.RawRow raw) {
        String id = new Row(raw.cells()).text("id");
        return id.length() <= MAX_CELL ? id : id.substring(0, MAX_CELL) + "…";
    }

    public Mapped map(BatchReader.RawRow raw) {
        Row r = new Row(raw.cells());
        String id = id(raw);
        for (var col : header.index().entrySet()) {
            int i = col.getValue();
            if (i < raw.cells().length && raw.cells()[i].length() > MAX_CELL)
                return new Refused(id, raw.line(), col.getKey() + ": a cell of " + String.format("%,d", raw.cells()[i].length())
                        + " characters, longer than any real one (at most " + String.format("%,d", MAX_CELL) + ")");
        }
        if (!header.missing().isEmpty()) {
            List<String> names = header.missing().stream().map(c -> "\"" + c + "\"").toList();
            return new Refused(id, raw.line(), "missing column" + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + " (not in the header)");
        }
        if (raw.cells().length > header.width())
            return new Refused(id, raw.line(), "the row has " + raw.cells().length + " cells but the header names " + header.width() + " columns");
        if (java.util.Arrays.stream(raw.cells()).allMatch(String::isBlank)) return new Refused(id, raw.line(), "the row is empty");
        if (raw.cells().length < header.width()) {
            List<String> absent = header.index().entrySet().stream().filter(e -> e.getValue() >= raw.cells().length)
                    .sorted(java.util.Map.Entry.comparingByValue()).map(e -> "\"" + e.getKey() + "\"").toList();
            return new Refused(id, raw.line(), "missing column" + (absent.size() == 1 ? " " : "s ") + String.join(", ", absent)
                    + " (the row has " + raw.cells().length + " cells, the header " + header.width() + ")");
        }
        if (id.isEmpty()) r.problem("id: empty (every row needs an id to be found by in the output)");

        LocalDate date = r.date("date");
        Nation nation = r.choice("nation", Nation.class, Nation.ENGLAND);
        String council = r.text("council").toLowerCase(Locale.ROOT);
        Boolean london = r.bool("london", Boolean.FALSE);
        Tenure tenure = r.choice("tenure", Tenure.class, null);
        if (tenure == null && r.text("tenure").isEmpty()) r.problem("tenure: empty (one of " + choices(Tenure.class) + ")");
        BigDecimal rent = r.number("rent_week", BigDecimal.ZERO, MAX_MONEY, BigDecimal.ZERO);
        BigDecimal inel = r.number("ineligible_charges_week", BigDecimal.ZERO, MAX_MONEY, BigDecimal.ZERO);
        BigDecimal ctYear = r.number("council_tax_year", BigDecimal.ZERO, MAX_MONEY, BigDecimal.ZERO);
        Boolean liable = r.bool("council_tax_liable", ctYear != null && ctYear.signum() > 0);
        if (tenure != null && tenure.renting() && rent != null && rent.signum() == 0)
            r.problem("rent_week: \"" + shown(r.text("rent_week")) + "\": a " + tenure.name().toLowerCase(Locale.ROOT) + " tenancy needs the weekly rent");
        Optional<Council> known = Optional.empty();
        if (!council.isEmpty() && !CouncilId.isValid(council))
            r.problem("council: \"" + shown(r.text("council")) + "\" is not a council id (" + CouncilId.RULE + ")");
        else if (!council.isEmpty() && councils.known()) {
            known = councils.find(council);
            if (known.isEmpty()) r.problem("council: " + CouncilNames.unknown(council, councils));
        }
        if (known.isPresent()) {
            Council k = known.get();
            council = k.id();
            CouncilNames.notInForce(k, date).ifPresent(why -> r.problem("council: \"" + shown(r.text("council")) + "\": " + why));
            // left empty, the nation and London follow the council; given, they must agree with it
            if (r.text("nation").isEmpty()) nation = k.nation();
            else if (nation != null && nation != k.nation())
                r.problem("nation: " + CouncilNames.nationContradicts(nation, k) + " (leave nation empty to take the council's)");
            if (r.text("london").isEmpty()) london = k.london();
            else if (london != null && london != k.london())
                r.problem("london: " + CouncilNames.londonContradicts(london, k) + " (leave london empty to take the council's)");
        }
        if (council.isEmpty() || CouncilId.isValid(council))
            if (nation == Nation.ENGLAND && liable == Boolean.TRUE && ctYear != null && ctYear.signum() > 0) {
                // a council whose scheme is not in the rates is estimated on the Default Scheme's pattern (the row's estimated column)
                if (council.isEmpty()) r.problem("council: empty, but council tax is payable (council_tax_liable true): the council's Council Tax Reduction scheme is needed");
            }

        Adult a1 = adult(r, 1, true);
        Adult a2 = adult(r, 2, false);
        List<Child> children = children(r, date);
        BigDecimal capital = r.number("capital", BigDecimal.ZERO, MAX_MONEY, BigDecimal.ZERO);
        BigDecimal hours = r.number("hours", BigDecimal.ZERO, MAX_HOURS, null);
        BigDecimal wage = r.number("hourly_wage", BigDecimal.ZERO, MAX_WAGE, null);
        Job.PayFrequency pay = r.choice("pay", Job.PayFrequency.class, Job.PayFrequency.WEEKLY);
        Integer bedrooms = r.integer("bedrooms", 0, Limits.BEDROOMS_MAX, 0);
        BigDecimal lha = r.number("lha_rate_month", BigDecimal.ZERO, MAX_MONEY, BigDecimal.ZERO);
        String brma = r.text("brma").toLowerCase(Locale.ROOT);
        if (!brma.isEmpty() && !Limits.isHyphenatedId(brma))
            r.problem("brma: \"" + shown(r.text("brma")) + "\" is not a Broad Rental Market Area id (its name in lower case with hyphens, e.g. inner-south-east-london, lothian)");
        else if (!brma.isEmpty() && tenure != null && tenure != Tenure.PRIVATE)
            r.problem("brma: \"" + brma + "\" is for private renters (the Local Housing Allowance area), but tenure is " + tenure.name().toLowerCase(Locale.ROOT));
        Job.Pension pension = pension(r);
        Integer worker = r.integer("working_adult", 1, 2, 1);
        if (worker != null && worker == 2 && r.text("adult2_age").isEmpty())
            r.problem("working_adult: \"2\", but there is no second adult (adult2_age is empty)");
        if (!r.problems.isEmpty()) return new Refused(id, raw.line(), String.join("; ", r.problems));

        try {
            List<Adult> adults = a2 == null ? List.of(a1) : List.of(a1, a2);
            Housing housing = new Housing(tenure, new Amount(Money.of(rent), Period.WEEK), new Amount(Money.of(inel), Period.WEEK), bedrooms,
                    new Amount(Money.of(lha), Period.MONTH), new Housing.CouncilTax(new Amount(Money.of(ctYear), Period.YEAR), liable))
                    .withBrma(brma.isEmpty() ? null : brma, null);
            Circumstances c = new Circumstances(date, nation, council.isEmpty() ? null : council, london,
                    new Household(adults, children, List.of(), Money.of(capital)), housing);
            Job job = new Job(worker, hours, Optional.of(Money.of(wage)), Optional.empty(), pay, pension);
            Scenario s = new Scenario(hours.stripTrailingZeros().toPlainString() + " hours", List.of(job), null, null);
            return new Ready(id, raw.line(), c, s);
        } catch (IllegalArgumentException e) {
            return new Refused(id, raw.line(), e.getMessage());
        }
    }

    private Adult adult(Row r, int n, boolean required) {
        String ageCol = "adult" + n + "_age", capCol = "adult" + n + "_capability";
        String dbCol = "adult" + n + "_disability_benefit", carerCol = "adult" + n + "_carer";
        if (!required && r.text(ageCol).isEmpty()) {
            for (String col : List.of(capCol, dbCol, carerCol))
                if (!r.text(col).isEmpty()) r.problem(col + ": \"" + shown(r.text(col)) + "\" given but " + ageCol + " is empty (no second adult)");
            return null;
        }
        Integer age = r.integer(ageCol, Limits.ADULT_AGE_MIN, Limits.ADULT_AGE_MAX, null);
        WorkCapability wc = r.choice(capCol, WorkCapability.class, WorkCapability.FIT);
        DisabilityBenefit db = r.choice(dbCol, DisabilityBenefit.class, DisabilityBenefit.NONE);
        Boolean carer = r.bool(carerCol, Boolean.FALSE);
        if (age == null || wc == null || db == null || carer == null) return null;
        return new Adult(age, wc, db, carer, List.of());
    }

    /** Ages separated by semicolons; born before 6 April 2017 only where the age on the date makes it certain. */
    private List<Child> children(Row r, LocalDate date) {
        String text = r.text("children_ages");
        List<Child> out = new ArrayList<>();
        if (text.isEmpty()) return out;
        for (String part : text.split(";", -1)) {
            if (out.size() == Limits.CHILDREN_MAX) {
                r.problem("children_ages: more than " + Limits.CHILDREN_MAX + " children");
                break;
            }
            String p = part.strip();
            int age;
            try {
                age = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                r.problem("children_ages: \"" + shown(text) + "\": \"" + shown(p) + "\" is not an age (give whole years separated by semicolons, e.g. 4;7)");
                break;
            }
            if (age < 0 || age > Limits.CHILD_AGE_MAX) {
                r.problem("children_ages: \"" + shown(text) + "\": a child's age must be between 0 and " + Limits.CHILD_AGE_MAX + ", got " + age);
                break;
            }
            boolean before = date != null && date.minusYears(age).isBefore(FIRST_CHILD_RATE_DATE);
            out.add(new Child(age, Child.Disability.NONE, before, Optional.empty()));
        }
        return out;
    }

    private Job.Pension pension(Row r) {
        String t = r.text("pension").toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("none")) return new Job.Pension.None();
        if (t.equals("auto")) return new Job.Pension.AutoEnrolment();
        String pct = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        try {
            BigDecimal p = Decimals.parse(pct);
            if (p.signum() >= 0 && p.compareTo(Limits.PERCENT_MAX) <= 0) return new Job.Pension.EmployeePercent(new Rate(p.movePointLeft(2)));
        } catch (NumberFormatException e) {
            // reported below
        }
        r.problem("pension: \"" + shown(r.text("pension")) + "\" is not none, auto or an employee percentage from 0 to 100 (e.g. 5)");
        return null;
    }

    /** A cell as quoted in an error: control characters escaped, and cut short when long. */
    private static String shown(String cell) { return Fields.shown(cell); }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** One row's cells by column name, collecting the problems found. */
    private final class Row {
        final String[] cells;
        final List<String> problems = new ArrayList<>(2);

        Row(String[] cells) { this.cells = cells; }

        void problem(String text) { problems.add(text); }

        String text(String column) {
            Integer i = header.index().get(column);
            return i == null || i >= cells.length ? "" : cells[i].strip();
        }

        LocalDate date(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                problem(column + ": empty (give the date as YYYY-MM-DD)");
                return null;
            }
            LocalDate d;
            try {
                d = LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                problem(column + ": \"" + shown(t) + "\" is not a date (give it as YYYY-MM-DD, e.g. 2026-07-01)");
                return null;
            }
            if (d.isBefore(firstDate) || d.isAfter(lastDate)) {
                problem(column + ": \"" + t + "\" is outside the dates the rates cover (" + firstDate + " to " + lastDate + ")");
                return null;
            }
            return d;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type, E ifEmpty) {
            String t = text(column);
            if (t.isEmpty()) return ifEmpty;
            try {
                return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(column + ": \"" + shown(t) + "\" is not one of " + choices(type));
                return null;
            }
        }

        Boolean bool(String column, Boolean ifEmpty) {
            String t = text(column).toLowerCase(Locale.ROOT);
            return switch (t) {
                case "" -> ifEmpty;
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> {
                    problem(column + ": \"" + shown(text(column)) + "\" is not true or false");
                    yield null;
                }
            };
        }

        BigDecimal number(String column, BigDecimal min, BigDecimal max, BigDecimal ifEmpty) {
            String t = text(column);
            String n = t.startsWith("£") ? t.substring(1).strip() : t;
            if (n.isEmpty()) {
                if (ifEmpty == null) problem(column + ": empty (a number is needed)");
                return ifEmpty;
            }
            BigDecimal v;
            try {
                v = Decimals.parse(n);
            } catch (NumberFormatException e) {
                problem(column + ": \"" + shown(t) + "\" " + e.getMessage());
                return null;
            }
            if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                problem(column + ": \"" + shown(t) + "\" is out of range (" + min.toPlainString() + " to " + max.toPlainString() + ")");
                return null;
            }
            return v;
        }

        Integer integer(String column, int min, int max, Integer ifEmpty) {
            String t = text(column);
            if (t.isEmpty()) {
                if (ifEmpty == null) problem(column + ": empty (a whole number is needed)");
                return ifEmpty;
            }
            int v;
            try {
                v = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                problem(column + ": \"" + shown(t) + "\" is not a whole number");
                return null;
            }
            if (v < min || v > max) {
                problem(column + ": \"" + shown(t) + "\" is out of range (" + min + " to " + max + ")");
                return null;
            }
            return v;
        }
    }
}
