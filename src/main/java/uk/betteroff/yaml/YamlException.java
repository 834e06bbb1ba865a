package uk.betteroff.yaml;

import java.util.List;

/** A file that could not be read, with every located problem found in it. */
public class YamlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<YamlError> errors;

    public YamlException(List<YamlError> errors) {
        super(String.join("\n", errors.stream().map(YamlError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<YamlError> errors() { return errors; }
}
