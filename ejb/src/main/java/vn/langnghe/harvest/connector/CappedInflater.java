package vn.langnghe.harvest.connector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Expands gzip and deflate data in memory, never past a cap: a few dozen KB of compressed zeros expand
 * to gigabytes (a "zip bomb"), so the output is counted while it grows and expansion stops at the first
 * byte over the cap, whatever the data claims about its own size.
 */
public final class CappedInflater {

    /** The data expands beyond the cap; nothing of it is kept. */
    public static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("expands beyond " + cap + " bytes");
        }
    }

    private CappedInflater() {
    }

    public static boolean looksGzipped(byte[] data) {
        return data.length >= 2 && (data[0] & 0xFF) == 0x1F && (data[1] & 0xFF) == 0x8B;
    }

    /** @throws TooLarge past {@code cap}; another {@link IOException} when the data is not gzip */
    public static byte[] gunzip(byte[] data, long cap) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return readCapped(in, cap);
        }
    }

    /**
     * HTTP's {@code deflate}: zlib data (RFC 1950), or the raw deflate stream that some servers send
     * under that name instead.
     */
    public static byte[] inflate(byte[] data, long cap) throws IOException {
        try {
            return inflate(data, cap, false);
        } catch (ZipException notZlib) {
            return inflate(data, cap, true);
        }
    }

    private static byte[] inflate(byte[] data, long cap, boolean raw) throws IOException {
        Inflater inflater = new Inflater(raw);
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), inflater)) {
            return readCapped(in, cap);
        } finally {
            inflater.end(); // a given Inflater is not ended by the stream, and holds native memory
        }
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        long limit = Math.min(cap, Integer.MAX_VALUE - 16L); // no array holds more
        byte[] buf = new byte[(int) Math.min(64 * 1024, limit + 1)];
        int len = 0;
        int n;
        while ((n = in.read(buf, len, buf.length - len)) >= 0) {
            len += n;
            if (len > limit) {
                throw new TooLarge(limit);
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, limit + 1));
            }
        }
        return Arrays.copyOf(buf, len);
    }
}
