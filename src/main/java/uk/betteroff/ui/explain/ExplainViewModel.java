package uk.betteroff.ui.explain;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.ui.Messages;

/**
 * "Why?" for one figure: its trace tree (the steps it was made from) and, for the step selected, the
 * working in words, the regulations, and each rate read with the file and line it came from. Which rates
 * (their version: the fingerprint of every file) is said once for the window, not again with every step.
 */
public final class ExplainViewModel {
    private final String title;
    private final TraceNode root;
    private final String ratesVersion;
    private final String ratesVersionShort;
    /** The rates folder as the sources of its values begin ("/opt/betteroff/rates/"), shown once in the window's foot. */
    private final String folderPrefix;
    private final ObjectProperty<TraceNode> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");

    /** {@code figure} and {@code column} name what is explained ("Housing Benefit", "16 hours"). */
    public ExplainViewModel(String figure, String column, TraceNode root, String fingerprint, String folder, List<String> files) {
        this.title = Messages.format("explain.title", figure, column);
        this.root = root;
        this.ratesVersion = Messages.format("explain.rates_version", fingerprint, folder, String.join(", ", files));
        this.ratesVersionShort = Messages.format("explain.rates_version.short", fingerprint, folder);
        this.folderPrefix = folder.endsWith("/") || folder.endsWith("\\") ? folder : folder + java.io.File.separator;
        selected.addListener((o, was, now) -> details.set(now == null ? "" : describe(now)));
        selected.set(root);
    }

    public String title() { return title; }
    public TraceNode root() { return root; }
    /** The rates version in full: fingerprint, folder and every file with its SHA-256 (the foot's tooltip). */
    public String ratesVersion() { return ratesVersion; }
    /** Once, in the window's foot: "Rates version 9e98b31c… from /opt/betteroff/rates". */
    public String ratesVersionShort() { return ratesVersionShort; }
    public ObjectProperty<TraceNode> selectedProperty() { return selected; }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public String getDetails() { return details.get(); }

    /** One line for the tree: "Housing Benefit: £233.70 a week". */
    public static String summary(TraceNode n) {
        if (n.period() == Period.NONE) return n.label();
        return n.label() + ": " + n.amount().format() + " " + n.period().perWords();
    }

    /** The selected step in words: amount, working, law, rates read (each with its file and line, and references). */
    public String describe(TraceNode n) {
        StringBuilder sb = new StringBuilder(summary(n)).append("\n\n");
        if (!n.working().isBlank()) sb.append(Messages.get("explain.working")).append('\n').append(n.working()).append("\n\n");
        if (!n.law().isEmpty()) sb.append(Messages.get("explain.law")).append('\n').append(String.join("\n", n.law())).append("\n\n");
        if (!n.rates().isEmpty()) {
            sb.append(Messages.get("explain.rates")).append('\n');
            for (TraceNode.RateUse r : n.rates())
                sb.append("• ").append(r.id()).append(" = ").append(r.display()).append(" (").append(inFolder(r.source()))
                        .append(r.refs().isEmpty() ? "" : "; " + String.join(", ", r.refs())).append(")\n");
            sb.append('\n');
        }
        if (!n.children().isEmpty()) sb.append(Messages.format("explain.steps", n.children().size())).append('\n');
        return sb.toString().stripTrailing();
    }

    /** "2026-27.yaml line 691" for a value read from the rates folder the foot names; another source as it is. */
    private String inFolder(String source) {
        return source.startsWith(folderPrefix) ? source.substring(folderPrefix.length()) : source;
    }
}
