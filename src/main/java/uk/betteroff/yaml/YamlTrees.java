package uk.betteroff.yaml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * YAML files already read: each file's tree ({@link YNode}, lines and paths included), found by the SHA-256 of
 * the text it was read from, so a tree is used only for exactly that text. The build reads the built-in rates
 * once and keeps their trees in this compact form beside the code (rates {@code PreReadRates}); at start the app
 * takes them instead of parsing the YAML again, which was most of the rates' loading time. Any other text,
 * an edited file included, is read from its YAML as before.
 */
public final class YamlTrees {
    /** The first bytes of the binary form; a new layout gets a new number. */
    static final String MAGIC = "betteroff-yaml-trees/2";
    private static final byte MAP = 'M', LIST = 'L', SCALAR = 'S';

    public static final YamlTrees NONE = new YamlTrees(Map.of());

    private final Map<String, YNode> bySha256;

    private YamlTrees(Map<String, YNode> bySha256) { this.bySha256 = bySha256; }

    /** Trees by the SHA-256 (lower-case hex) of the UTF-8 text each was read from. */
    public static YamlTrees of(Map<String, YNode> bySha256) { return new YamlTrees(Map.copyOf(bySha256)); }

    /** The tree of the text with this SHA-256 (lower-case hex), if it is one of these. */
    public Optional<YNode> tree(String sha256) { return Optional.ofNullable(bySha256.get(sha256)); }

    public int size() { return bySha256.size(); }

    /**
     * The binary form, entries in key order (so the same trees always give the same bytes): the distinct keys and
     * scalar texts once, in a table, then each tree with every key and text as its number in the table.
     */
    public byte[] toBytes() {
        Out nodes = new Out();
        Map<String, Integer> table = new LinkedHashMap<>();
        nodes.integer(bySha256.size());
        for (String sha : new java.util.TreeSet<>(bySha256.keySet())) {
            nodes.integer(index(table, sha));
            write(nodes, table, bySha256.get(sha));
        }
        Out out = new Out();
        out.string(MAGIC);
        out.integer(table.size());
        for (String t : table.keySet()) out.string(t);
        out.bytes.writeBytes(nodes.bytes.toByteArray());
        return out.bytes.toByteArray();
    }

    private static int index(Map<String, Integer> table, String s) { return table.computeIfAbsent(s, k -> table.size()); }

    /**
     * Reads the binary form back, each node's path rebuilt as {@link YamlReader} builds it ({@link YamlPaths}).
     *
     * @throws IllegalArgumentException if the bytes are not that form (truncated, or another layout)
     */
    public static YamlTrees fromBytes(byte[] bytes) {
        In in = new In(bytes);
        try {
            if (!MAGIC.equals(in.string())) throw new IllegalArgumentException("not " + MAGIC);
            String[] table = new String[in.count(4)];
            for (int i = 0; i < table.length; i++) table[i] = in.string();
            int n = in.count(9);
            Map<String, YNode> trees = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String sha = table[in.integer()];
                trees.put(sha, read(in, table, ""));
            }
            if (in.at != bytes.length) throw new IllegalArgumentException("bytes left over after " + n + " trees");
            return new YamlTrees(trees);
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("truncated " + MAGIC, e);
        }
    }

    private static void write(Out out, Map<String, Integer> table, YNode node) {
        switch (node) {
            case YNode.YMap m -> {
                out.bytes.write(MAP);
                out.integer(m.line());
                out.integer(m.entries().size());
                for (var e : m.entries().entrySet()) {
                    out.integer(index(table, e.getKey()));
                    out.integer(m.keyLines().get(e.getKey()));
                    write(out, table, e.getValue());
                }
            }
            case YNode.YList l -> {
                out.bytes.write(LIST);
                out.integer(l.line());
                out.integer(l.items().size());
                for (YNode item : l.items()) write(out, table, item);
            }
            case YNode.YScalar s -> {
                out.bytes.write(SCALAR);
                out.integer(s.line());
                out.bytes.write(s.type().ordinal());
                out.integer(index(table, s.text()));
            }
        }
    }

    private static final YNode.YScalar.Type[] TYPES = YNode.YScalar.Type.values();

    private static YNode read(In in, String[] table, String path) {
        byte kind = in.bytes[in.at++];
        int line = in.integer();
        switch (kind) {
            case MAP -> {
                int n = in.count(17);
                Map<String, YNode> entries = new LinkedHashMap<>(n * 2);
                Map<String, Integer> keyLines = new LinkedHashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    String key = table[in.integer()];
                    keyLines.put(key, in.integer());
                    entries.put(key, read(in, table, YamlPaths.child(path, key)));
                }
                return new YNode.YMap(entries, keyLines, line, path);
            }
            case LIST -> {
                int n = in.count(9);
                List<YNode> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(read(in, table, YamlPaths.item(path, i)));
                return new YNode.YList(items, line, path);
            }
            case SCALAR -> {
                YNode.YScalar.Type type = TYPES[in.bytes[in.at++]];
                return new YNode.YScalar(table[in.integer()], type, line, path);
            }
            default -> throw new IllegalArgumentException("unknown node kind " + kind + " in " + MAGIC);
        }
    }

    /** Big-endian ints and length-prefixed UTF-8 strings. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void integer(int v) {
            bytes.write(v >>> 24);
            bytes.write(v >>> 16);
            bytes.write(v >>> 8);
            bytes.write(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            integer(b.length);
            bytes.writeBytes(b);
        }
    }

    /** Reads {@link Out}'s form with plain array reads: it runs once at start, mostly before any of it is compiled. */
    private static final class In {
        final byte[] bytes;
        int at;

        In(byte[] bytes) { this.bytes = bytes; }

        int integer() {
            int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
            at += 4;
            return v;
        }

        /**
         * A count of things that each take at least {@code minBytes} of what is left: a count the bytes cannot hold is
         * refused before anything is made for it (a damaged file must not ask for gigabytes).
         */
        int count(int minBytes) {
            int n = integer();
            if (n < 0 || (long) n * minBytes > bytes.length - at) throw new IllegalArgumentException("a count of " + n + " that the bytes cannot hold");
            return n;
        }

        String string() {
            int n = count(1);
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }
    }
}
