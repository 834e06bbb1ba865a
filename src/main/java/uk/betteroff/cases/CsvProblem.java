package uk.betteroff.cases;

/** A comma-separated file that cannot be read on from a point: "caseload.csv:7: Missing closing quote for value". */
public class CsvProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;

    public CsvProblem(String file, long line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** A problem with the whole file, at no one line. */
    public CsvProblem(String file, String message) {
        super(file + ": " + message);
        this.file = file;
        this.line = 0;
    }

    public String file() { return file; }

    /** The line, or 0 for the whole file. */
    public long line() { return line; }
}
