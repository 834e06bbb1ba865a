package uk.betteroff.yaml;

import java.util.List;
import java.util.Map;

/** A YAML node that remembers its line and path, so every error can name both. */
public sealed interface YNode {
    int line();

    String path();

    String kind();

    /**
     * A mapping, keys in file order; duplicate keys were refused while reading. Only this package's readers make
     * nodes, each from maps it then leaves alone, so they are wrapped read-only rather than copied (reading the
     * rates at start makes about a thousand of them).
     */
    record YMap(Map<String, YNode> entries, Map<String, Integer> keyLines, int line, String path) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(entries);
            keyLines = java.util.Collections.unmodifiableMap(keyLines);
        }

        public String kind() { return "a mapping"; }
    }

    record YList(List<YNode> items, int line, String path) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public String kind() { return "a list"; }
    }

    /** A scalar: its text, and whether YAML typed it as a string, number, boolean or null. */
    record YScalar(String text, Type type, int line, String path) implements YNode {
        public enum Type { STRING, NUMBER, BOOLEAN, NULL }

        public String kind() {
            return switch (type) {
                case STRING -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }
}
