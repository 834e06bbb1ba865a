package uk.betteroff.yaml;

/**
 * The paths that name a node in errors ({@code rates.uc.taper}, {@code bands[2]}), the same from the YAML
 * ({@link YamlReader}) and from pre-read trees ({@link YamlTrees}). A class of their own: reaching them must not
 * set up {@link YamlReader}'s YAML parser, which the app does not need at start when it has the pre-read trees.
 * String.concat, not +: reading the rates at start builds thousands of paths before anything is compiled, and the
 * interpreter runs a plain concat several times faster than the method handles behind +.
 */
final class YamlPaths {
    private YamlPaths() {}

    /** The dotted path of a mapping's entry. */
    static String child(String path, String key) { return path.isEmpty() ? key : path.concat(".").concat(key); }

    /** The path of a list's item. */
    static String item(String path, int index) { return path.concat("[").concat(Integer.toString(index)).concat("]"); }
}
