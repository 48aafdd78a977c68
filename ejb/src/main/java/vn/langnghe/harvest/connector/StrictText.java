package vn.langnghe.harvest.connector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes bytes that must be text in a known charset, refusing malformed bytes instead of replacing
 * them (a post garbled on the way in would be indexed garbled). The error names the offset of the first
 * bad byte, counted from the start of the body, so the admin can find it in the file or reply.
 */
public final class StrictText {

    private StrictText() {
    }

    /**
     * @param from where the text starts in {@code bytes} (after a byte-order mark); offsets in the error
     *             count from 0 all the same
     * @param what the subject of the error, e.g. "the feed from vnexpress.net"
     */
    public static String decode(byte[] bytes, int from, Charset cs, String what) throws BadReplyException {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (in.remaining() * (double) decoder.averageCharsPerByte()) + 16));
        CoderResult result;
        while ((result = decoder.decode(in, out, true)).isOverflow()) {
            out = larger(out);
        }
        if (result.isError()) {
            // the wrapped buffer's position is an index into the whole array: the bad byte's offset
            int at = in.position();
            int length = Math.min(result.length(), 4);
            throw new BadReplyException(what + " is not valid " + cs.name() + " text at byte " + at + " ("
                    + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, at, at + length)
                    + "); nothing was kept");
        }
        while (decoder.flush(out).isOverflow()) {
            out = larger(out);
        }
        return out.flip().toString();
    }

    private static CharBuffer larger(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
        return bigger.put(out.flip());
    }
}
