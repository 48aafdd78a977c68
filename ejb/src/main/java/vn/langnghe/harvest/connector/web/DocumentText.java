package vn.langnghe.harvest.connector.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import vn.langnghe.analysis.text.ScriptTails;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.StrictText;

/**
 * The text of one document, through Tika, with the guards hostile files need:
 * <ul>
 * <li>only HTML, PDF, DOCX, XLSX and plain text are read, whatever the name or the server claims;</li>
 * <li>HTML and text must decode cleanly in their declared charset (UTF-8 when none): garbled bytes are
 * refused, not indexed as replacement characters;</li>
 * <li>zip bombs are refused: every DOCX/XLSX part is inflated and counted by {@link ZipGuard} before
 * parsing, and Tika's {@code SecureContentHandler} (output far larger than the input) stays on behind it;</li>
 * <li>extracted text is capped; a longer document keeps its beginning and ends with a note saying
 * where it was cut (refusing it would lose a long but genuine report);</li>
 * <li>OCR is off and embedded documents are not parsed, so a file cannot make the server run
 * Tesseract or unpack nested archives;</li>
 * <li>in HTML, scripts (and the tail of one that ended early, see {@link ScriptTails}), styles, an
 * iframe's {@code srcdoc} and page furniture (navigation, header, footer, forms) are dropped.</li>
 * </ul>
 * Instances are thread-safe.
 */
final class DocumentText {
    static final int DEFAULT_MAX_CHARS = 1_000_000;

    private static final AutoDetectParser PARSER = new AutoDetectParser();
    private static final JSoupParser HTML = new JSoupParser();
    private static final Map<String, String> KINDS = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern SCRIPT = Pattern.compile("(?i)<script\\b");

    /** A document's text; {@code truncated} when the text was cut at the limit. */
    record Extracted(String text, String title, Instant created, String kind, boolean truncated) {
    }

    /** A readable document with no text at all: nothing to harvest, and no fault of the source. */
    static final class NoTextException extends Exception {
        NoTextException(String message) {
            super(message);
        }
    }

    private final int maxChars;

    DocumentText(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @param name        the URL or file name, for messages and for type detection
     * @param contentType the Content-Type header, or null for a file
     */
    Extracted extract(byte[] body, String name, String contentType) throws BadReplyException, NoTextException {
        MediaType type = detect(body, name, contentType);
        String base = type.getBaseType().toString();
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return html(body, name, contentType);
        }
        if (base.startsWith("text/")) {
            return plain(body, name, contentType);
        }
        String kind = KINDS.get(base);
        if (kind == null) {
            throw new BadReplyException(name + " is a " + base + " file; only HTML, PDF, DOCX, XLSX and TXT are read");
        }
        if (!kind.equals("PDF")) {
            ZipGuard.check(body, name);
        }
        Metadata md = metadata(name, base);
        ParseContext context = context();
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(body)) {
            PARSER.parse(in, handler, md, context);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw failure(name, kind, e);
            }
            truncated = true;
        }
        return finish(handler.toString(), md, kind, truncated, name, false);
    }

    private static MediaType detect(byte[] body, String name, String contentType) throws BadReplyException {
        Metadata md = metadata(name, contentType == null ? null : contentType.split(";")[0].trim());
        try (TikaInputStream in = TikaInputStream.get(body)) {
            return PARSER.getDetector().detect(in, md);
        } catch (IOException | RuntimeException e) {
            throw new BadReplyException("the type of " + name + " cannot be recognised: " + e.getMessage(), e);
        }
    }

    private Extracted html(byte[] body, String name, String contentType) throws BadReplyException, NoTextException {
        Charset cs = headerCharset(contentType);
        if (cs == null && !hasBom(body)) {
            Matcher m = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
            cs = m.find() ? charset(m.group(1)) : null;
        }
        String page = ScriptTails.remove(decode(body, cs, name));
        Metadata md = metadata(name, "text/html");
        ParseContext context = context();
        // the page is already decoded (strictly); Tika must not guess again
        context.set(EncodingDetector.class, (in, metadata) -> StandardCharsets.UTF_8);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(page.getBytes(StandardCharsets.UTF_8))) {
            HTML.parse(in, handler, md, context);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw failure(name, "HTML", e);
            }
            truncated = true;
        }
        return finish(handler.toString(), md, "HTML", truncated, name, SCRIPT.matcher(page).find());
    }

    private Extracted plain(byte[] body, String name, String contentType) throws BadReplyException, NoTextException {
        String text = decode(body, headerCharset(contentType), name);
        if (text.indexOf('\0') >= 0) {
            throw new BadReplyException(name + " holds binary data, not text");
        }
        boolean truncated = text.length() > maxChars;
        return finish(truncated ? text.substring(0, maxChars) : text, new Metadata(), "TXT", truncated, name, false);
    }

    private Extracted finish(String raw, Metadata md, String kind, boolean truncated, String name, boolean hadScripts)
            throws NoTextException {
        String text = raw.replace("\r", "").replaceAll("[ \\t\\x0B\\f\\u00A0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
        if (text.isEmpty()) {
            throw new NoTextException(hadScripts
                    ? name + " has no visible text, only scripts: the page is built in the browser by JavaScript, "
                    + "which the harvester does not run"
                    : name + " has no text to harvest (an empty document, or a scanned PDF: OCR is off)");
        }
        if (truncated) {
            int cut = text.lastIndexOf(' ', Math.min(text.length(), maxChars));
            text = text.substring(0, cut > maxChars * 9 / 10 ? cut : Math.min(text.length(), maxChars)).strip()
                    + "\n\n[…] (text cut at " + String.format(Locale.ROOT, "%,d", maxChars) + " characters)";
        }
        String title = md.get(TikaCoreProperties.TITLE);
        Date created = md.getDate(TikaCoreProperties.CREATED);
        return new Extracted(text, title == null || title.isBlank() ? null : title.strip(),
                created == null ? null : created.toInstant(), kind, truncated);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, VisibleText.INSTANCE);
        // Tika's default parses embedded documents, an HTML iframe's srcdoc among them, into the text
        context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static Metadata metadata(String name, String type) {
        Metadata md = new Metadata();
        String file = name.replaceAll("[?#].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        if (!file.isBlank()) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file);
        }
        if (type != null && !type.isBlank()) {
            md.set(Metadata.CONTENT_TYPE, type);
        }
        return md;
    }

    private static BadReplyException failure(String name, String kind, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return new BadReplyException(name + " looks like a zip bomb (it would expand to far more than its "
                        + "size); it was refused and nothing was kept", e);
            }
            if (t.getClass().getSimpleName().equals("EncryptedDocumentException")) {
                return new BadReplyException(name + " is password-protected; it cannot be read", e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new BadReplyException(name + " cannot be read as " + kind + " (" + root.getMessage() + ")", e);
    }

    private static String decode(byte[] body, Charset declared, String name) throws BadReplyException {
        Charset cs = declared;
        int skip = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
            cs = StandardCharsets.UTF_16;
        }
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        return StrictText.decode(body, skip, cs, name);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xEF || (b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF);
    }

    private static Charset headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return charset(p.substring(8).replace("\"", "").trim());
            }
        }
        return null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Embedded documents (attachments, objects, an iframe's {@code srcdoc}) are neither parsed nor text. */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        static final NoEmbeddedDocuments INSTANCE = new NoEmbeddedDocuments();

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    }

    /** Tika's default mapping, plus the page furniture that is never the content. */
    private static final class VisibleText extends DefaultHtmlMapper {
        static final VisibleText INSTANCE = new VisibleText();
        private static final Set<String> FURNITURE = Set.of("NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "NOSCRIPT",
                "TEMPLATE", "BUTTON", "SELECT", "SVG", "IFRAME", "CANVAS", "OBJECT", "EMBED", "SCRIPT", "STYLE");

        @Override
        public boolean isDiscardElement(String name) {
            return super.isDiscardElement(name) || FURNITURE.contains(name.toUpperCase(Locale.ROOT));
        }
    }
}
