package uk.betteroff.kernel.trace;

import java.util.List;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;

/**
 * One step of a calculation: what figure it is ({@code id}, e.g. "uc.earnings_deduction"), its
 * amount and period, the working in words with the numbers, the law it rests on, the rates it read,
 * and the steps it was made from. The UI's "why?" panel, the print-outs and {@code calc --explain} all
 * render this one tree.
 */
public record TraceNode(String id, String label, Money amount, Period period, String working,
                        List<String> law, List<RateUse> rates, List<TraceNode> children, boolean sumOfChildren) {

    public TraceNode {
        law = List.copyOf(law);
        rates = List.copyOf(rates);
        children = List.copyOf(children);
    }

    /** A step that is not declared the sum of its children. */
    public TraceNode(String id, String label, Money amount, Period period, String working,
                     List<String> law, List<RateUse> rates, List<TraceNode> children) {
        this(id, label, amount, period, working, law, rates, children, false);
    }

    /** A rate read by a step: its id, its value in words, where it came from and what it cites. */
    public record RateUse(String id, String display, String source, List<String> refs) {}

    public static Builder of(String id, String label) { return new Builder(id, label, false); }

    /**
     * A builder that keeps only the id, label and amount: its working, law, rates and children are dropped. For a
     * calculation without explanations (a batch), where the node is made only because a scheme sums its steps'
     * amounts; {@link Builder#explains()} lets a step skip putting its working into words.
     */
    public static Builder withoutExplanation(String id, String label) { return new Builder(id, label, true); }

    /** Depth-first search for a node by id. */
    public java.util.Optional<TraceNode> find(String wanted) {
        return java.util.Optional.ofNullable(findOrNull(wanted));
    }

    private TraceNode findOrNull(String wanted) {
        if (id.equals(wanted)) return this;
        for (int i = 0, n = children.size(); i < n; i++) { // indexed: no iterator per node (the calculator searches often)
            TraceNode f = children.get(i).findOrNull(wanted);
            if (f != null) return f;
        }
        return null;
    }

    public static final class Builder {
        private final String id;
        private final String label;
        private Money amount = Money.ZERO;
        private Period period = Period.NONE;
        private String working = "";
        // made only when first needed: most steps have no rates or children, and a trace has thousands of steps
        private java.util.ArrayList<String> law;
        private java.util.ArrayList<RateUse> rates;
        private java.util.ArrayList<TraceNode> children;
        private boolean sumOfChildren;
        private final boolean quiet;

        private Builder(String id, String label, boolean quiet) {
            this.id = id;
            this.label = label;
            this.quiet = quiet;
        }

        /** Whether this node keeps its working, law, rates and children (false: only its amount counts). */
        public boolean explains() { return !quiet; }

        public Builder amount(Money amount, Period period) {
            this.amount = amount;
            this.period = period;
            return this;
        }

        public Builder working(String working) {
            if (quiet) return this;
            this.working = working;
            return this;
        }

        /** The working, put into words only where the node explains (a batch's nodes do not): for working that is costly to word. */
        public Builder working(java.util.function.Supplier<String> words) {
            if (!quiet) this.working = words.get();
            return this;
        }

        public Builder law(String... law) {
            if (quiet) return this;
            if (this.law == null) this.law = new java.util.ArrayList<>(Math.max(2, law.length));
            for (String l : law) this.law.add(java.util.Objects.requireNonNull(l));
            return this;
        }

        public Builder rate(RateUse use) {
            if (quiet) return this;
            if (rates == null) rates = new java.util.ArrayList<>(4);
            rates.add(use);
            return this;
        }

        public Builder child(TraceNode child) {
            if (child == null || quiet) return this;
            if (children == null) children = new java.util.ArrayList<>(4);
            children.add(child);
            return this;
        }

        public Builder children(List<TraceNode> children) {
            if (quiet) return this;
            if (this.children == null) this.children = new java.util.ArrayList<>(Math.max(4, children.size()));
            this.children.addAll(children);
            return this;
        }

        /** Declares the amount to be the sum of the children's amounts (checked by the property tests). */
        public Builder sumOfChildren() {
            if (quiet) return this;
            this.sumOfChildren = true;
            return this;
        }

        public TraceNode build() {
            return new TraceNode(id, label, amount, period, working, law == null ? List.of() : law,
                    rates == null ? List.of() : rates, children == null ? List.of() : children, sumOfChildren);
        }
    }
}
