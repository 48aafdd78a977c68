package vn.langnghe.harvest.connector.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.langnghe.harvest.connector.BadReplyException;

/**
 * Splits a byte stream into records at line ends, counting bytes so that a page can later start at an
 * exact offset. With {@code quotes}, a line end inside a CSV quoted field does not end the record.
 * Splitting works on bytes: in UTF-8 a quote or a line end never occurs inside a multi-byte character.
 * It reads in its own chunks, so the stream needs no buffering. A record longer than {@link #MAX_RECORD_BYTES} stops the file (an unclosed quote swallowing it, or
 * not a text file at all), so memory stays bounded whatever the input.
 */
final class Records {
    static final int MAX_RECORD_BYTES = 1024 * 1024;

    private final InputStream in;
    private final boolean quotes;
    private final String file;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[65536];
    private int chunkPos;
    private int chunkLen;
    private byte[] buf = new byte[4096];
    private int len;
    private long offset;
    private boolean endedWithNewline;

    /** @param offset where {@code in} starts in the file */
    Records(InputStream in, long offset, boolean quotes, String file) {
        this.in = in;
        this.offset = offset;
        this.quotes = quotes;
        this.file = file;
    }

    /** The next record's bytes (without its line end) into the buffer; false at the end of the file. */
    boolean next() throws IOException, BadReplyException {
        len = 0;
        boolean inQuotes = false;
        int b;
        while ((b = read()) >= 0) {
            offset++;
            if (b == '\n' && !inQuotes) {
                endedWithNewline = true;
                if (len > 0 && buf[len - 1] == '\r') {
                    len--;
                }
                return true;
            }
            if (quotes && b == '"') {
                inQuotes = !inQuotes;
            }
            if (len == buf.length) {
                if (len >= MAX_RECORD_BYTES) {
                    throw new BadReplyException(file + " has a row longer than " + MAX_RECORD_BYTES / 1024 + " KB"
                            + (quotes ? " (a quote that is never closed?)" : "") + "; it is not a file of rows");
                }
                buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_BYTES));
            }
            buf[len++] = (byte) b;
        }
        endedWithNewline = false;
        if (inQuotes) {
            throw new BadReplyException(file + " ends inside a quoted field: it was cut short or a quote is not closed; "
                    + "nothing of the page was kept");
        }
        return len > 0;
    }

    private int read() throws IOException {
        if (chunkPos == chunkLen) {
            chunkLen = in.read(chunk, 0, chunk.length);
            chunkPos = 0;
            if (chunkLen <= 0) {
                chunkLen = 0;
                return -1;
            }
        }
        return chunk[chunkPos++] & 0xFF;
    }

    /** Byte offset just after the current record (and its line end). */
    long offset() {
        return offset;
    }

    boolean endedWithNewline() {
        return endedWithNewline;
    }

    boolean blank() {
        for (int i = 0; i < len; i++) {
            if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The record as text; null when it is not valid UTF-8. A byte-order mark is dropped. */
    String text() {
        int from = len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return utf8.decode(ByteBuffer.wrap(buf, from, len - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
