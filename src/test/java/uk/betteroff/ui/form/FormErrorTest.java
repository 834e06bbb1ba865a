package uk.betteroff.ui.form;

import static org.junit.jupiter.api.Assertions.*;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.TextInput;

/**
 * A refused field's message beside it (TEAM.md standards: bad input gets a clear message beside the field) is made
 * the first time the text is refused, not with every field of the first frame (issue 5, start-up), and from then on
 * shown and hidden with the error.
 */
@ExtendWith(ApplicationExtension.class)
class FormErrorTest {
    private final TextInput<Integer> age = new TextInput<>("person.age", "30", Parsers.wholeNumber(16, 120));
    private final TextInput<Integer> badFromTheStart = new TextInput<>("person.age", "abc", Parsers.wholeNumber(16, 120));
    private VBox box;
    private VBox badBox;

    @Start
    void start(Stage stage) {
        TextField field = Form.text(age, "Age");
        box = Form.withError(field, age);
        badBox = Form.withError(Form.text(badFromTheStart, "Age"), badFromTheStart);
        stage.setScene(new Scene(new VBox(box, badBox), 400, 200));
        stage.show();
    }

    private static Label message(VBox b) { return (Label) b.getChildren().get(1); }

    @Test
    void theMessageIsMadeWhenTheTextIsFirstRefusedAndThenFollowsTheError(FxRobot r) {
        assertEquals(1, box.getChildren().size(), "a field whose text is fine has no message yet");
        assertTrue(message(badBox).isVisible(), "a field refused from the start has its message at once");
        assertEquals("⚠ " + badFromTheStart.getError(), message(badBox).getText());

        r.interact(() -> age.setText("12"));
        assertEquals(2, box.getChildren().size());
        Label m = message(box);
        assertTrue(m.isVisible());
        assertEquals("⚠ " + age.getError(), m.getText(), "the parser's own words, e.g. the allowed range");
        assertFalse(age.getError().isBlank());

        r.interact(() -> age.setText("40"));
        assertFalse(m.isVisible(), "hidden again once the text is fine");
        assertFalse(m.isManaged(), "and takes no room");
        r.interact(() -> age.setText("x"));
        assertSame(m, message(box), "the same message, made once");
        assertTrue(m.isVisible());
        assertEquals(2, box.getChildren().size());
    }
}
