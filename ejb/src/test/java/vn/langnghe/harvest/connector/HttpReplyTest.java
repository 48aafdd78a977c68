package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpReplyTest {
    private static HttpReply reply(String contentType, byte[] body) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
        return new HttpReply(URI.create("https://api.example/x"), 200, headers, body);
    }

    @Test
    void utf8IsDecodedAndALeadingByteOrderMarkDropped() throws Exception {
        String text = "[{\"content\":\"Đường Nguyễn Hữu Cảnh ngập sâu 😡\"}]";
        assertEquals(text, reply("application/json", text.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(text, reply("application/json; charset=utf-8", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).text());
        // a replacement character that was really sent (well-formed bytes EF BF BD) is text like any other
        String sent = "[\"mất dấu \uFFFD\"]";
        assertEquals(sent, reply("application/json", sent.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void malformedUtf8IsAnErrorNotReplacementCharacters() {
        byte[] good = "[{\"content\":\"Quận 1 \"}]".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, 20);
        bad[20] = (byte) 0xC3; // a lead byte followed by no continuation
        bad[21] = (byte) 0x28;
        System.arraycopy(good, 20, bad, 22, good.length - 20);
        BadReplyException e = assertThrows(BadReplyException.class, () -> reply("application/json", bad).text());
        assertTrue(e.getMessage().contains("not valid UTF-8 text at byte 20 "), e.getMessage());
        assertTrue(e.getMessage().contains("api.example"), e.getMessage());
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws Exception {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("café", reply("text/plain; charset=ISO-8859-1", latin1).text());
    }
}
