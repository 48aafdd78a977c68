package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.InvalidSourceException;

class RequestBodyTest {

    @Test
    void invalidUtf8IsRefusedWithTheOffsetOfTheFirstBadByte() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"name\":\"bad ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        b.writeBytes(" name\",\"type\":\"replay\"}".getBytes(StandardCharsets.UTF_8));
        ApiProblem e = assertThrows(ApiProblem.class, () -> SourceJson.request(b.toByteArray()));
        assertEquals(ProblemType.INVALID_ENCODING, e.type());
        assertTrue(e.getMessage().startsWith("the body is not valid UTF-8 (byte 13 of "), e.getMessage());
    }

    @Test
    void overlongEncodingsAndEncodedSurrogatesAreNotUtf8() {
        for (byte[] bad : new byte[][] {
                {'"', (byte) 0xC0, (byte) 0xAF, '"'},            // "/" in two bytes
                {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // U+D800 encoded as if it were a character
                {'"', (byte) 0xE1, (byte) 0xBA}}) {              // cut in the middle of "ạ"
            assertEquals(ProblemType.INVALID_ENCODING, assertThrows(ApiProblem.class, () -> RequestBody.utf8(bad, 1024)).type());
        }
    }

    @Test
    void validUtf8IsReadExactly() throws Exception {
        String text = "{\"name\":\"Phản ánh kẹt xe 🚗 Thủ Đức\"}";
        assertEquals(text, RequestBody.utf8(text.getBytes(StandardCharsets.UTF_8), 1024));
        assertEquals("Phản ánh kẹt xe 🚗 Thủ Đức",
                SourceJson.request(text.getBytes(StandardCharsets.UTF_8)).form().name());
    }

    @Test
    void deeplyNestedJsonIsInvalidInputNotAServerError() {
        InvalidSourceException e = assertThrows(InvalidSourceException.class,
                () -> SourceJson.request("[".repeat(20_000).getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("the body is not valid JSON"), e.getMessage());
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeDecoding() {
        ApiProblem e = assertThrows(ApiProblem.class,
                () -> RequestBody.utf8(new byte[SourceJson.MAX_BODY + 1], SourceJson.MAX_BODY));
        assertEquals(ProblemType.BODY_TOO_LARGE, e.type());
        assertTrue(e.getMessage().contains("larger than 64 KB"), e.getMessage());
    }
}
