package uk.betteroff.ui.input;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.ui.Messages;

/**
 * Collects the refused fields met while building the kernel's records, so the comparison can say
 * "Check these fields" instead of calculating from half a household. {@link #forDraft()} collects them instead as
 * fields to keep as typed in a draft, each standing in with its default, so that a case can be saved before it is
 * complete.
 */
public final class Problems {
    private final List<String> messages = new ArrayList<>();
    private final List<TextInput<?>> drafted = new ArrayList<>();
    private final boolean draft;

    public Problems() { this(false); }

    private Problems(boolean draft) { this.draft = draft; }

    /** For saving a draft: a refused field gives its default (and is listed in {@link #drafted()}), not a problem. */
    public static Problems forDraft() { return new Problems(true); }

    /** The field's value, or null (and a problem recorded) when its text is refused; for a draft, its default. */
    public <T> T get(TextInput<T> in, String where) {
        if (in.isValid()) return in.getValue();
        if (draft) {
            drafted.add(in);
            return in.fallback();
        }
        messages.add(where + Messages.plain(in.labelKey()) + ": " + in.getError());
        return null;
    }

    public Amount get(AmountInput in, String where) {
        Money m = get(in.money(), where);
        return m == null ? null : new Amount(m, in.perProperty().get());
    }

    /** True when the field may go on as read: valid, or (for a draft) standing in with its default. */
    public boolean accepted(TextInput<?> in) { return draft || in.isValid(); }

    public void add(String message) { messages.add(message); }

    public boolean any() { return !messages.isEmpty(); }

    public List<String> messages() { return List.copyOf(messages); }

    /** For a draft: the fields whose text is not valid yet, in the order met. */
    public List<TextInput<?>> drafted() { return List.copyOf(drafted); }
}
