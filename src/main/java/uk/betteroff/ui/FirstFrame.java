package uk.betteroff.ui;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/** Runs a callback once the first frame of a shown window has been rendered (the next pulse after show). */
final class FirstFrame {
    private FirstFrame() {}

    static void notifyAfterShown(Stage stage, Runnable callback) {
        if (callback == null) return;
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= 2) {
                    stop();
                    callback.run();
                }
            }
        }.start();
    }
}
