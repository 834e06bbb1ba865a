package uk.betteroff.kernel.rates;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.trace.TraceNode;

/** The rates in force on one date: typed accessors that refuse a key with no value then. */
public final class RatesAt {
    private final RateBook book;
    private final LocalDate date;
    private final boolean explains;

    RatesAt(RateBook book, LocalDate date) { this(book, date, true); }

    private RatesAt(RateBook book, LocalDate date, boolean explains) {
        this.book = book;
        this.date = date;
        this.explains = explains;
    }

    /**
     * The same rates for a calculation without explanations: the schemes' trace nodes keep only their amounts
     * ({@link #trace}). Nothing but the trace differs.
     */
    public RatesAt withoutExplanations() { return explains ? new RatesAt(book, date, false) : this; }

    /** Whether the schemes explain their steps with these rates. */
    public boolean explains() { return explains; }

    /** A trace step: explained in full, or only its amount where the calculation is without explanations. */
    public TraceNode.Builder trace(String id, String label) {
        return explains ? TraceNode.of(id, label) : TraceNode.withoutExplanation(id, label);
    }

    public LocalDate date() { return date; }

    public RateBook book() { return book; }

    /** The dated value itself (for the trace). */
    public RateValue value(RateKey key) {
        RateValue v = book.valueOrNull(key, date);
        if (v == null && book.lastDay().filter(date::isAfter).isPresent())
            throw new Unsupported("The rates in use end on " + book.lastDay().get() + " (the last tax year with a rates file), so "
                    + date + " cannot be calculated: rates for later years are not assumed to stay the same.");
        if (v == null) throw new Unsupported("The rates in use have no value for " + key.id() + " (" + key.description() + ") on " + date
                + ". Dates from 8 April 2024 to 5 April 2027 are supported.");
        return v;
    }

    /** A sum of money, or a money rate per hour. */
    public Money money(RateKey key) {
        if (key.unit() != Unit.GBP_PER_HOUR) require(key, Unit.GBP);
        return Money.of(value(key).number());
    }

    public Rate rate(RateKey key) {
        require(key, Unit.RATE);
        return new Rate(value(key).number());
    }

    public BigDecimal number(RateKey key) {
        if (key.unit() == Unit.FLAG || key.unit() == Unit.DATE)
            throw new IllegalArgumentException(key.id() + " is not a number");
        return value(key).number();
    }

    public int whole(RateKey key) { return number(key).intValueExact(); }

    public boolean flag(RateKey key) {
        require(key, Unit.FLAG);
        return (Boolean) value(key).value();
    }

    /** Records a read for the trace: id, value in words, file and line, and the references it cites. */
    public TraceNode.RateUse use(RateKey key) {
        return book.use(value(key));
    }

    private static void require(RateKey key, Unit unit) {
        if (key.unit() != unit) throw new IllegalArgumentException(key.id() + " is " + key.unit() + ", not " + unit);
    }
}
