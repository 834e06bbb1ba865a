package uk.betteroff.ui.form;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.kernel.household.DisabilityBenefit;

/**
 * The form's drop-downs size themselves by their longest choice's text instead of laying out their menus for the
 * first frame (issue 5, start-up): every choice must still show in full in the box, and the menu must still open
 * with every choice.
 */
@ExtendWith(ApplicationExtension.class)
class ChoiceSkinTest {
    private ChoiceBox<DisabilityBenefit> box;
    private ChoiceBox<DisabilityBenefit> stock;

    @Start
    void start(Stage stage) {
        box = Form.choice(new SimpleObjectProperty<>(DisabilityBenefit.NONE), List.of(DisabilityBenefit.values()), "disability_benefit", "Disability benefit");
        box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stock = new ChoiceBox<>(box.getItems());
        stock.setConverter(box.getConverter());
        stock.setValue(DisabilityBenefit.NONE);
        stage.setScene(new Scene(new HBox(box, stock)));
        stage.show();
    }

    private static Text shownText(ChoiceBox<?> b) {
        Label label = (Label) b.lookup(".label");
        return (Text) label.lookup(".text");
    }

    @Test
    void everyChoiceShowsInFull(FxRobot robot) {
        assertInstanceOf(ChoiceSkin.class, box.getSkin());
        for (DisabilityBenefit d : DisabilityBenefit.values()) {
            robot.interact(() -> {
                box.setValue(d);
                box.getParent().layout();
            });
            String full = box.getConverter().toString(d);
            assertEquals(full, shownText(box).getText(), "the box shows \"" + full + "\" without cutting it short");
        }
    }

    @Test
    void asWideAsItsLongestChoiceAndNoWiderThanJavaFxsOwnBox(FxRobot robot) {
        assertInstanceOf(ChoiceBoxSkin.class, stock.getSkin());
        // JavaFX's skin is at least as wide as the box's own parts for the longest choice, and its menu's width;
        // this skin is the box's own parts for the longest choice: so never wider than JavaFX's, and as wide as the
        // longest text plus the box's padding and arrow.
        robot.interact(() -> box.getParent().layout());
        double longest = 0;
        for (DisabilityBenefit d : DisabilityBenefit.values()) {
            Text t = new Text(box.getConverter().toString(d));
            t.setFont(shownText(box).getFont());
            longest = Math.max(longest, t.getLayoutBounds().getWidth());
        }
        assertTrue(box.prefWidth(-1) > longest, "wider than the longest choice's text");
        assertTrue(box.prefWidth(-1) <= stock.prefWidth(-1) + 0.5, "not wider than JavaFX's own box");
        assertTrue(box.minWidth(-1) <= stock.minWidth(-1) + 0.5, "may be squeezed as far as JavaFX's own box");
    }

    @Test
    void theMenuStillOpensWithEveryChoice(FxRobot robot) {
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isShowing());
        ContextMenu menu = (ContextMenu) robot.listWindows().stream().filter(w -> w instanceof ContextMenu).findFirst().orElseThrow();
        assertEquals(DisabilityBenefit.values().length, menu.getItems().size());
        robot.interact(box::hide);
    }
}
