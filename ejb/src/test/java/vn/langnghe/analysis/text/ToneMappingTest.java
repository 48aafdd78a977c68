package vn.langnghe.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Solr configset's mapping-tones.txt (text_exact's char filter) and {@link VietnameseTones} agree: every
 * mapping moves the mark to where the placement rule puts it in an open syllable, and every pair the rule
 * moves (oa, oe, uy with each of the five tones) is in the file, in lower and upper case.
 */
class ToneMappingTest {
    private static final Pattern LINE = Pattern.compile("\"([^\"]+)\" => \"([^\"]+)\"");
    private static final String MARKS = "\u0300\u0301\u0309\u0303\u0323";

    private static Map<String, String> mappings() throws Exception {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = ToneMappingTest.class.getClassLoader().getResourceAsStream("configsets/posts/conf/mapping-tones.txt")) {
            assertNotNull(in, "mapping-tones.txt is in the configset");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                Matcher x = LINE.matcher(line);
                if (x.matches()) {
                    m.put(x.group(1), x.group(2));
                }
            }
        }
        return m;
    }

    @Test
    void everyMappingIsWhereTheRulePutsTheMark() throws Exception {
        Map<String, String> m = mappings();
        for (Map.Entry<String, String> e : m.entrySet()) {
            String from = e.getKey().toLowerCase(Locale.ROOT);
            String to = e.getValue().toLowerCase(Locale.ROOT);
            assertEquals("h" + to, VietnameseTones.placeTone("h" + from), e.toString());
            assertEquals("h" + to, VietnameseTones.placeTone("h" + to), "the target is the rule's own: " + e);
        }
    }

    @Test
    void everyPairTheRuleMovesIsMapped() throws Exception {
        Map<String, String> m = mappings();
        for (String pair : new String[] {"oa", "oe", "uy"}) {
            for (char mark : MARKS.toCharArray()) {
                String newer = pair.charAt(0) + Normalizer.normalize(pair.charAt(1) + String.valueOf(mark), Normalizer.Form.NFC);
                String older = Normalizer.normalize(pair.charAt(0) + String.valueOf(mark), Normalizer.Form.NFC) + pair.charAt(1);
                assertEquals(older, m.get(newer), newer);
                assertEquals(older.toUpperCase(Locale.ROOT), m.get(newer.toUpperCase(Locale.ROOT)), newer.toUpperCase(Locale.ROOT));
            }
        }
        assertTrue(m.size() >= 60, "and mixed case: " + m.size());
    }
}
