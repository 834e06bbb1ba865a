package uk.betteroff.ui.input;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Amount;
import uk.betteroff.ui.Messages;

/**
 * Collects the refused fields met while building the kernel's records, so the comparison can say
 * "Check these fields" instead of calculating from half a household.
 */
public final class Problems {
    private final List<String> messages = new ArrayList<>();

    /** The field's value, or null (and a problem recorded) when its text is refused. */
    public <T> T get(TextInput<T> in, String where) {
        T v = in.getValue();
        if (!in.isValid()) messages.add(where + Messages.plain(in.labelKey()) + ": " + in.getError());
        return v;
    }

    public Amount get(AmountInput in, String where) {
        get(in.money(), where);
        return in.value();
    }

    public void add(String message) { messages.add(message); }

    public boolean any() { return !messages.isEmpty(); }

    public List<String> messages() { return List.copyOf(messages); }
}
