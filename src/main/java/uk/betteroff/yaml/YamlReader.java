package uk.betteroff.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML into a located tree with Jackson's streaming parser: every node keeps its line and dotted
 * path, and a duplicate key is an error (Jackson's own tree silently keeps the last one).
 */
public final class YamlReader {
    /** Deeper than any rates or case file (they nest five or six levels): a deeper one is refused, not recursed into. */
    static final int MAX_DEPTH = 40;
    private static final YAMLMapper MAPPER = YAMLMapper.builder(tools.jackson.dataformat.yaml.YAMLFactory.builder()
            .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build()).build();

    private YamlReader() {}

    public static YNode read(String file, String text) {
        List<YamlError> errors = new ArrayList<>();
        YNode root;
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new YamlException(List.of(new YamlError(file, 1, "", "the file is empty")));
            root = node(file, p, "", errors);
        } catch (tools.jackson.core.exc.StreamConstraintsException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String why = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("depth")
                    ? "nested more than " + MAX_DEPTH + " levels deep, deeper than any real file"
                    : "a value longer than any real file holds (" + Fields.shown(firstLine(e.getOriginalMessage()), 200) + ")";
            throw new YamlException(List.of(new YamlError(file, line, "", why)));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new YamlException(List.of(new YamlError(file, line, "", "not valid YAML: " + Fields.shown(firstLine(e.getOriginalMessage()), 200))));
        } catch (YamlException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // the YAML parser's own failure on input it should refuse in words (a file of this size cannot be a case or rates file)
            throw new YamlException(List.of(new YamlError(file, 1, "", "not valid YAML: the parser could not read it (" + e.getClass().getSimpleName() + ")")));
        }
        if (!errors.isEmpty()) throw new YamlException(errors);
        return root;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static YNode node(String file, JsonParser p, String path, List<YamlError> errors) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    String childPath = YamlPaths.child(path, key);
                    p.nextToken();
                    YNode child = node(file, p, childPath, errors);
                    if (entries.containsKey(key))
                        errors.add(new YamlError(file, keyLine, childPath, "duplicate key \"" + key + "\" (first on line " + keyLines.get(key) + ")"));
                    else {
                        entries.put(key, child);
                        keyLines.put(key, keyLine);
                    }
                }
                return new YNode.YMap(entries, keyLines, line, path);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(file, p, YamlPaths.item(path, i++), errors));
                return new YNode.YList(items, line, path);
            }
            case VALUE_STRING -> { return new YNode.YScalar(p.getString(), YNode.YScalar.Type.STRING, line, path); }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> { return new YNode.YScalar(p.getString(), YNode.YScalar.Type.NUMBER, line, path); }
            case VALUE_TRUE, VALUE_FALSE -> { return new YNode.YScalar(p.getString(), YNode.YScalar.Type.BOOLEAN, line, path); }
            case VALUE_NULL -> { return new YNode.YScalar("", YNode.YScalar.Type.NULL, line, path); }
            default -> throw new YamlException(List.of(new YamlError(file, line, path, "unexpected " + t)));
        }
    }
}
