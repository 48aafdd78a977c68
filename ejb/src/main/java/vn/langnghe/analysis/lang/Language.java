package vn.langnghe.analysis.lang;

/** The languages the platform tells apart. */
public enum Language {
    VI("vi"), EN("en"), OTHER("other");

    private final String code;

    Language(String code) { this.code = code; }

    /** Short code stored with the post: vi, en, other. */
    public String code() { return code; }
}
