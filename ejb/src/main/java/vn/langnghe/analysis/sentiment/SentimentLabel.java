package vn.langnghe.analysis.sentiment;

/** Sentiment classes; {@link #code()} is the corpus label and the stored value. */
public enum SentimentLabel {
    POSITIVE("positive"), NEUTRAL("neutral"), NEGATIVE("negative");

    private final String code;

    SentimentLabel(String code) { this.code = code; }

    public String code() { return code; }

    public static SentimentLabel of(String code) {
        for (SentimentLabel l : values()) if (l.code.equals(code)) return l;
        throw new IllegalArgumentException("unknown sentiment label: " + code);
    }
}
