package vn.langnghe.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Step 1 of the analysis: cleaning. Thread-safe, no container dependency.
 *
 * <p>HTML posts and pages are read with jsoup ({@link HtmlText}: visible text, no scripts or styles);
 * plain text is taken as it is; files (PDF, DOCX...) go through Tika in {@link #extractFile}.
 */
public final class TextCleaner {
    /** What URLs become in {@link CleanedText#analysisText()}. */
    public static final String URL_PLACEHOLDER = "URL";

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"'`{}|\\\\^]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_@.])@[\\p{L}\\p{M}\\p{N}_][\\p{L}\\p{M}\\p{N}_.]*");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}_#&/])#[\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}_]*");
    /** Social-network UI leftovers at the end of a line or after an ellipsis. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?iu)(?:\\s*(?:…|\\.{3}))?[ \\t]*\\b(?:xem thêm|xem bản dịch|hiển thị thêm|thu gọn|xem ít hơn|see more|see translation|show more|see less|read more)\\b[ \\t]*(?=$|\\n)"
            + "|(?:…|\\.{3})[ \\t]*(?:xem thêm|see more)\\b",
            Pattern.MULTILINE);

    private final Parser fileParser = new AutoDetectParser();

    /**
     * Cleans a post or page whose format nobody said (the command line, benchmarks): HTML when it
     * {@link #looksLikeHtml looks like HTML}, else plain text.
     */
    public CleanedText clean(String raw) {
        return clean(raw, raw != null && looksLikeHtml(raw));
    }

    /**
     * Cleans a post or page in the format its source declared. HTML becomes its visible text (see
     * {@link HtmlText}), its entities decoded there, once. Plain text is never decoded: its source has
     * already done that, so an entity left in it is what the author wrote.
     */
    public CleanedText clean(String raw, boolean html) {
        if (raw == null) raw = "";
        return finish(raw, html ? HtmlText.of(raw) : raw, html);
    }

    /** Text of a file (PDF, DOCX, HTML, ...) through Tika's auto-detection, then cleaned like a post. */
    public CleanedText extractFile(InputStream in, String fileName) throws IOException {
        Metadata md = new Metadata();
        if (fileName != null) md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(-1);
        try {
            fileParser.parse(in, handler, md, new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("cannot extract text from " + fileName + ": " + e.getMessage(), e);
        }
        String text = handler.toString();
        return finish(text, text, true);
    }

    /**
     * Cheap test: a '<' followed by a tag-like start ({@code <p}, {@code </}, {@code <!}) with a later '>'.
     * "a < b" or "<3" do not count.
     */
    public static boolean looksLikeHtml(String s) {
        int n = s.length();
        for (int i = s.indexOf('<'); i >= 0 && i < n - 2; i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            boolean tagStart = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || ((c == '/' || c == '!') && Character.isLetter(s.charAt(i + 2)) || c == '!' && s.charAt(i + 2) == '-');
            if (!tagStart) continue;
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '/' || s.charAt(j) == '!' || s.charAt(j) == '-')) j++;
            if (j >= n) continue;
            char after = s.charAt(j);
            if (after == '>' || (after == '/' && j + 1 < n && s.charAt(j + 1) == '>')) return true;
            if (Character.isWhitespace(after)) {
                // "<p class=x>" or "<!DOCTYPE html>": attributes need a '=' (or a doctype) before the '>'
                int close = s.indexOf('>', j);
                int nextOpen = s.indexOf('<', j);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) continue;
                if (s.substring(i + 1, j).equalsIgnoreCase("!doctype") || s.lastIndexOf('=', close) > j) return true;
            }
        }
        return false;
    }

    private static CleanedText finish(String original, String text, boolean html) {
        text = Folding.nfc(text);
        text = normalizeSpaces(text);
        if (mightHaveBoilerplate(text)) {
            text = BOILERPLATE.matcher(text).replaceAll("");
            text = normalizeSpaces(text);
        }
        List<TextEntity> entities = new ArrayList<>();
        StringBuilder analysis = null;
        int last = 0;
        if (text.indexOf("://") >= 0 || text.indexOf("www.") >= 0) {
            Matcher m = URL.matcher(text);
            analysis = new StringBuilder(text.length());
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && ".,;:!?)]}…".indexOf(text.charAt(end - 1)) >= 0) end--;
                entities.add(new TextEntity(TextEntity.Type.URL, text.substring(m.start(), end), m.start(), end));
                analysis.append(text, last, m.start()).append(URL_PLACEHOLDER);
                last = end;
            }
            analysis.append(text, last, text.length());
        }
        if (text.indexOf('@') >= 0) find(MENTION, TextEntity.Type.MENTION, text, entities);
        if (text.indexOf('#') >= 0) find(HASHTAG, TextEntity.Type.HASHTAG, text, entities);
        if (entities.size() > 1) entities.sort(java.util.Comparator.comparingInt(TextEntity::start));
        return new CleanedText(original, text, analysis == null ? text : analysis.toString(), List.copyOf(entities), html);
    }

    private static boolean mightHaveBoilerplate(String t) {
        for (int i = 0; i < t.length() - 2; i++) {
            char c = t.charAt(i);
            if ((c == 'x' || c == 'X' || c == 's' || c == 'S' || c == 'h' || c == 'H' || c == 't' || c == 'T' || c == 'r' || c == 'R')
                    && (i == 0 || t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\n')) {
                String w = t.substring(i, Math.min(t.length(), i + 4)).toLowerCase(java.util.Locale.ROOT);
                if (w.startsWith("xem") || w.startsWith("see") || w.startsWith("show") || w.startsWith("hiể")
                        || w.startsWith("thu ") || w.startsWith("read")) return true;
            }
        }
        return false;
    }

    private static void find(Pattern p, TextEntity.Type type, String text, List<TextEntity> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            while (end > start + 1 && text.charAt(end - 1) == '.') end--;
            boolean insideUrl = false;
            for (TextEntity e : out) {
                if (e.type() == TextEntity.Type.URL && start >= e.start() && start < e.end()) { insideUrl = true; break; }
            }
            if (!insideUrl) out.add(new TextEntity(type, text.substring(start, end), start, end));
        }
    }

    /** Drops zero-width chars and soft hyphens, turns odd spaces into ' ', collapses runs (keeping one newline). */
    static String normalizeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false, pendingNewline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E' -> { continue; }
                default -> { }
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                pendingNewline = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                if (b.length() > 0) {
                    if (pendingNewline) b.append('\n');
                    else if (pendingSpace) b.append(' ');
                }
                pendingNewline = pendingSpace = false;
                b.append(c);
            }
        }
        return b.length() == s.length() ? (b.toString().equals(s) ? s : b.toString()) : b.toString();
    }
}
