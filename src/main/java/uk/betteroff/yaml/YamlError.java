package uk.betteroff.yaml;

/** One problem in a YAML file, located: "rates/2026-27.yaml:14: rates.uc.taper.unit: expected rate, got gbp". */
public record YamlError(String file, int line, String path, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
