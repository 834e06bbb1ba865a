package uk.betteroff.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file the program expects to be small (a case file, a rates file), refusing at once, in words, what
 * cannot be one: a folder, a device such as {@code /dev/zero}, a pipe, a broken link, or a file larger than any real
 * one. Without this a 50 MB file took minutes to refuse and {@code /dev/zero} used gigabytes before failing.
 */
public final class SmallFiles {
    /** A file that is not what was asked for; its message says why in words. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) { super(message); }
    }

    private SmallFiles() {}

    /**
     * The file's text in strict UTF-8.
     *
     * @param what what the file should be, for messages ("case file", "rates file")
     * @throws Refused not a regular file, or over {@code maxBytes}
     * @throws NoSuchFileException no such file (or a link to nothing)
     * @throws java.nio.charset.MalformedInputException not UTF-8
     */
    public static String readText(Path file, long maxBytes, String what) throws IOException {
        if (!Files.exists(file)) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS))
                throw new Refused("a link to a file that is not there (" + target(file) + "), not a " + what);
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) throw new Refused("a folder, not a " + what);
        if (!Files.isRegularFile(file)) throw new Refused("not a " + what + " but a device, pipe or other special file");
        long size = Files.size(file);
        if (size > maxBytes) throw new Refused(tooLarge(size, maxBytes, what));
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // the size may grow while it is read: never take more than the limit and one byte
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) throw new Refused(tooLarge(bytes.length, maxBytes, what));
        return utf8(bytes);
    }

    /** Bytes that are not UTF-8, with the line of the first bad one. */
    public static final class NotUtf8 extends java.nio.charset.MalformedInputException {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotUtf8(int line) {
            super(1);
            this.line = line;
        }

        /** The line (from 1) holding the first byte that is not UTF-8. */
        public int line() { return line; }

        @Override
        public String getMessage() { return "line " + line + " holds a byte that is not UTF-8 text"; }
    }

    /** Strict UTF-8, refusing with the line of the first bad byte (a council's editor may save in Windows-1252). */
    static String utf8(byte[] bytes) throws NotUtf8 {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new NotUtf8(line);
        }
        return out.flip().toString();
    }

    private static String tooLarge(long size, long max, String what) {
        return String.format("%,d bytes, larger than any %s (at most %,d bytes): is this a %s?", size, what, max, what);
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "unreadable";
        }
    }
}
