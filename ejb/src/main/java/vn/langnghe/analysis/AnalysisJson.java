package vn.langnghe.analysis;

import java.util.List;
import java.util.Locale;
import vn.langnghe.analysis.region.RegionMatch;

/**
 * One {@link Analysis} as one line of JSON, the format of {@code bin/langnghe analyze}. Written by hand
 * because the command line runs without a JSON library; the structure is small and fixed.
 */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    public static String toJson(Analysis a) {
        if (a.isEmpty()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"lang\":").append(str(a.lang()));
        if (a.sentiment() != null) {
            sb.append(",\"sentiment\":").append(str(a.sentiment()));
            sb.append(",\"sentimentScore\":").append(String.format(Locale.ROOT, "%.2f", a.sentimentScore()));
            sb.append(",\"sentimentEvidence\":").append(strings(a.sentimentEvidence()));
            sb.append(",\"sentimentConfidence\":").append(String.format(Locale.ROOT, "%.2f", a.sentimentConfidence()));
        }
        sb.append(",\"topics\":").append(strings(a.topics()));
        sb.append(",\"topic_sentiment\":").append(strings(a.topicSentiments()));
        sb.append(",\"regions\":[");
        for (int i = 0; i < a.regions().size(); i++) {
            RegionMatch r = a.regions().get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"area\":").append(str(r.area())).append(",\"units\":").append(strings(r.units()))
                    .append(",\"text\":").append(str(r.text())).append('}');
        }
        sb.append(']');
        sb.append(",\"keywords\":").append(strings(a.keywords()));
        sb.append(",\"hashtags\":").append(strings(a.hashtags()));
        if (a.signature() != null) {
            sb.append(",\"signature\":").append(str(a.signature()));
        }
        return sb.append('}').toString();
    }

    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(str(values.get(i)));
        }
        return sb.append(']').toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // escaped so the output can be pasted into a page or a script without surprises
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
