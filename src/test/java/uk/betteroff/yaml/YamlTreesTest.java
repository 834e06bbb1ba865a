package uk.betteroff.yaml;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The binary form of YAML trees gives back exactly the trees {@link YamlReader} made: values, types, lines and paths. */
class YamlTreesTest {
    private static final String TEXT = """
            format: betteroff-rates/1
            rates:
              uc.taper:
                value: 0.55
                unit: ratio
                refs: [uc-regs-22]
              flags:
                on: true
                nothing: ~
                name: "Better Off — £ and ’quotes’"
              bands:
                - {up_to: 100, reduction: 1}
                - up_to: 200
                  reduction: 0.5
            """;

    @Test
    void treesComeBackAsTheyWereRead() {
        YNode read = YamlReader.read("t.yaml", TEXT);
        YamlTrees back = YamlTrees.fromBytes(YamlTrees.of(Map.of("abc", read)).toBytes());
        assertEquals(read, back.tree("abc").orElseThrow());
        YNode.YMap bands = (YNode.YMap) ((YNode.YList) ((YNode.YMap) ((YNode.YMap) back.tree("abc").orElseThrow()).entries().get("rates"))
                .entries().get("bands")).items().get(1);
        assertEquals("rates.bands[1].reduction", bands.entries().get("reduction").path(), "paths are rebuilt as the reader builds them");
        assertEquals(14, bands.entries().get("reduction").line(), "and lines kept");
        assertEquals(14, bands.keyLines().get("reduction"));
        assertTrue(back.tree("abd").isEmpty(), "another text's SHA-256 finds nothing");
    }

    @Test
    void theSameTreesAlwaysGiveTheSameBytes() {
        YNode a = YamlReader.read("a.yaml", "x: 1\n"), b = YamlReader.read("b.yaml", "y: [2, 3]\n");
        assertArrayEquals(YamlTrees.of(Map.of("1", a, "2", b)).toBytes(), YamlTrees.of(Map.of("2", b, "1", a)).toBytes());
    }

    @Test
    void bytesOfAnotherFormAreRefused() {
        byte[] good = YamlTrees.of(Map.of("abc", YamlReader.read("t.yaml", TEXT))).toBytes();
        assertThrows(IllegalArgumentException.class, () -> YamlTrees.fromBytes(Arrays.copyOf(good, good.length - 3)), "truncated");
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThrows(IllegalArgumentException.class, () -> YamlTrees.fromBytes(longer), "bytes left over");
        assertThrows(IllegalArgumentException.class, () -> YamlTrees.fromBytes("not trees at all".getBytes()), "not the form");
        byte[] magic = YamlTrees.MAGIC.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.ByteBuffer huge = java.nio.ByteBuffer.allocate(4 + magic.length + 4).putInt(magic.length).put(magic).putInt(0x7ffffff0);
        assertThrows(IllegalArgumentException.class, () -> YamlTrees.fromBytes(huge.array()), "a damaged count is refused, not allocated");
    }
}
