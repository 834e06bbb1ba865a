package uk.betteroff.cases;

import java.io.Closeable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a caseload file one row at a time (constant memory whatever its length), with the line each row
 * starts on. The first row is the header: column names in any order, matched without regard to case or
 * surrounding spaces; a UTF-8 byte-order mark (as spreadsheet programs write) is ignored. Blank lines are skipped.
 */
public final class BatchReader implements Closeable {
    /**
     * A cell longer than this cannot be read on from: it is not a caseload, or a quote was left open and swallowed the
     * rest of the file. Rows before it are kept; cells over {@link BatchRowMapper#MAX_CELL} but under this are refused
     * row by row.
     */
    static final int MAX_CELL_READ = 100_000;

    private static final CsvMapper CSV = CsvMapper.builder(tools.jackson.dataformat.csv.CsvFactory.builder()
                    .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxStringLength(MAX_CELL_READ).build())
                    .build())
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    /** One row as read: the line it starts on and its cells (as many as the row has). */
    public record RawRow(long line, String[] cells) {}

    /** The header: each known column's position, and the names this program does not read. */
    public record Header(Map<String, Integer> index, int width, List<String> missing, List<String> unknown) {
        public Header {
            index = Map.copyOf(index);
            missing = List.copyOf(missing);
            unknown = List.copyOf(unknown);
        }
    }

    private final String file;
    private final MappingIterator<String[]> rows;
    private final Header header;

    /** Reads the header; throws {@link CsvProblem} for an empty file, a repeated column or broken quoting. */
    public BatchReader(String file, Reader in) {
        this.file = file;
        try {
            this.rows = CSV.readerFor(String[].class).readValues(in);
        } catch (JacksonException e) {
            throw problem(1, e);
        }
        RawRow first = next();
        if (first == null) throw new CsvProblem(file, 1, "the file is empty: it needs a header row (" + String.join(",", BatchColumns.INPUT) + ")");
        this.header = header(first);
    }

    public Header header() { return header; }

    /** The next row, or null at the end of the file; throws {@link CsvProblem} where the CSV itself is broken. */
    public RawRow next() {
        long line = rows.currentLocation().getLineNr();
        try {
            if (!rows.hasNextValue()) return null;
            return new RawRow(line, rows.nextValue());
        } catch (JacksonException e) {
            throw problem(line, e);
        }
    }

    private Header header(RawRow row) {
        Map<String, Integer> index = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < row.cells().length; i++) {
            String name = row.cells()[i];
            if (i == 0 && name.startsWith("\uFEFF")) name = name.substring(1);
            name = name.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) throw new CsvProblem(file, row.line(), "column " + (i + 1) + " of the header has no name");
            if (index.containsKey(name)) throw new CsvProblem(file, row.line(), "the header names column \"" + name + "\" twice");
            index.put(name, i);
            if (!BatchColumns.INPUT.contains(name) && !BatchColumns.OPTIONAL.contains(name)) unknown.add(name);
        }
        List<String> missing = BatchColumns.INPUT.stream().filter(c -> !index.containsKey(c)).toList();
        return new Header(index, row.cells().length, missing, unknown);
    }

    private CsvProblem problem(long fallbackLine, JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.nio.charset.CharacterCodingException)
                return new CsvProblem(file, "not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")");
        long line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : fallbackLine;
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException)
            return new CsvProblem(file, fallbackLine, String.format("a cell of more than %,d characters starts in this row: this is not a caseload file, or a quote"
                    + " (\") was left open and took in the rest of the file", MAX_CELL_READ));
        return new CsvProblem(file, line, e.getOriginalMessage());
    }

    @Override
    public void close() { rows.close(); }
}
