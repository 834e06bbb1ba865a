package uk.betteroff.rates;

import java.util.List;

import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/** Reads one {@code rates/ctr/<council>.yaml} Council Tax Reduction scheme. */
final class CtrSchemeReader {
    private CtrSchemeReader() {}

    record RefUse(String id, int line, String path) {}

    record Read(CtrScheme scheme, List<RefUse> refs) {}

    static Read read(String file, String id, String text) {
        throw new YamlException(List.of(new YamlError(file, 1, "", "Council Tax Reduction scheme files are not read by this version")));
    }
}
