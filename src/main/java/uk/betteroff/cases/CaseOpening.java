package uk.betteroff.cases;

import java.nio.file.Path;

import uk.betteroff.yaml.YamlException;

/** Reading a case file for the app: a file that cannot be used becomes one message with file and line. */
final class CaseOpening {
    private CaseOpening() {}

    static CaseFile read(Path file) {
        try {
            return CaseReader.read(file);
        } catch (YamlException e) {
            throw new CaseStoreException("This case file could not be opened:\n" + e.getMessage(), e);
        }
    }
}
