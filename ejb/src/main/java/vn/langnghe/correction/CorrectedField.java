package vn.langnghe.correction;

import java.util.Locale;

/** What an analyst may correct. */
public enum CorrectedField {
    SENTIMENT, TOPICS, REGIONS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CorrectedField parse(String s) {
        if (s != null) {
            for (CorrectedField f : values()) {
                if (f.code().equalsIgnoreCase(s.strip())) {
                    return f;
                }
            }
        }
        throw new CorrectionException("only the sentiment, the topics or the places of a post can be corrected");
    }
}
