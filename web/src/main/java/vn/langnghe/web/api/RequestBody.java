package vn.langnghe.web.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body as text. JSON is UTF-8 (RFC 8259), and bytes that are not UTF-8 are refused with the
 * offset of the first bad one: decoding them leniently would store U+FFFD in place of what the client
 * meant, and the client would never learn its encoding is wrong.
 */
final class RequestBody {

    private RequestBody() {
    }

    static String utf8(byte[] body, int maxBytes) {
        if (body == null || body.length == 0) {
            return "";
        }
        if (body.length > maxBytes) {
            throw new ApiProblem(ProblemType.BODY_TOO_LARGE, "the body is larger than " + maxBytes / 1024 + " KB");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        // one byte never makes more than one char, so the whole body always fits
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new ApiProblem(ProblemType.INVALID_ENCODING, "the body is not valid UTF-8 (byte " + in.position()
                    + " of " + body.length + " cannot start or continue a character)");
        }
        return out.flip().toString();
    }
}
