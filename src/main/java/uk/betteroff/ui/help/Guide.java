package uk.betteroff.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.ui.Messages;

/**
 * Help → Guide: a short guide that needs no internet, from the {@code guide} bundle beside this class (a Welsh
 * {@code guide_cy.properties} is picked up as the messages are). What each figure of the comparison means, named as
 * the comparison names it, and where the rules come from.
 */
public final class Guide {
    /** A heading and its paragraphs. */
    public record Section(String heading, List<Entry> entries) {}

    /** A paragraph, with a heading of its own for a figure (its name in the comparison), else blank. */
    public record Entry(String term, String text) {}

    private final ResourceBundle text;

    public Guide(Locale locale) {
        this.text = ResourceBundle.getBundle("uk.betteroff.ui.help.guide", locale, Guide.class.getModule());
    }

    public String title() { return text.getString("title"); }

    public String intro() { return text.getString("intro"); }

    public String closeLabel() { return text.getString("close"); }

    /** Using it, what each figure means (every figure the comparison can show), weeks and months, the rules, keys. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        out.add(numbered("using"));
        List<Entry> figures = new ArrayList<>();
        for (String id : FigureIds.ALL) figures.add(new Entry(Messages.get("figure." + id), text.getString("figure." + id)));
        out.add(new Section(text.getString("section.figures"), figures));
        out.add(numbered("periods"));
        out.add(numbered("rules"));
        out.add(numbered("keys"));
        return out;
    }

    /** A section whose paragraphs are {@code key.1}, {@code key.2}, … in order. */
    private Section numbered(String key) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; text.containsKey(key + "." + i); i++) entries.add(new Entry("", text.getString(key + "." + i)));
        return new Section(text.getString("section." + key), entries);
    }
}
