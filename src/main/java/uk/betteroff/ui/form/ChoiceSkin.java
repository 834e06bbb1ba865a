package uk.betteroff.ui.form;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A drop-down's skin that sizes the box by the text of its longest choice. JavaFX's own skin sizes it by
 * styling and laying out its whole drop-down menu, for every box on the screen, before the window's first frame
 * (about a tenth of the UI thread's work before it, profiled; README "How it starts"); here the menu is styled
 * when it is first opened. Given room, the box is as wide as its longest choice, so no choice is cut short.
 */
final class ChoiceSkin<T> extends ChoiceBoxSkin<T> {
    private final Text measure = new Text();

    /** A drop-down of these choices, with this skin. */
    static <T> ChoiceBox<T> box(List<T> choices) { return new Box<>(choices); }

    private static final class Box<T> extends ChoiceBox<T> {
        Box(List<T> choices) { super(FXCollections.observableArrayList(choices)); }

        @Override
        protected Skin<?> createDefaultSkin() { return new ChoiceSkin<>(this); }
    }

    ChoiceSkin(ChoiceBox<T> box) {
        super(box);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        Label label = label();
        Node arrow = arrow();
        if (label == null || arrow == null) return super.computePrefWidth(height, top, right, bottom, left);
        measure.setFont(label.getFont());
        StringConverter<T> converter = getSkinnable().getConverter();
        double widest = 0;
        for (T item : getSkinnable().getItems()) {
            measure.setText(converter == null ? String.valueOf(item) : converter.toString(item));
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return left + label.snappedLeftInset() + Math.ceil(widest) + label.snappedRightInset() + arrow.prefWidth(-1) + right;
    }

    /** As JavaFX's own skin without its menu: the box may be squeezed, its choice then shortened with "...". */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        Label label = label();
        Node arrow = arrow();
        if (label == null || arrow == null) return super.computeMinWidth(height, top, right, bottom, left);
        return left + label.minWidth(-1) + arrow.minWidth(-1) + right;
    }

    private Label label() {
        for (Node n : getChildren()) if (n instanceof Label l) return l;
        return null;
    }

    private Node arrow() {
        for (Node n : getChildren()) if (n.getStyleClass().contains("open-button")) return n;
        return null;
    }
}
