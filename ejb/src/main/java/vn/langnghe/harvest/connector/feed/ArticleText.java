package vn.langnghe.harvest.connector.feed;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.langnghe.analysis.text.ScriptTails;

/**
 * The main text of a news article page. Scripts (with the tail of one that ended early, see {@link
 * ScriptTails}), styles, embedded frames and the page furniture (navigation, header, footer, sidebars,
 * share buttons, related-article boxes) go first; then the article body is found by its markup
 * ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) or, failing that, as the element
 * holding the most paragraph text, which is where news sites put the story.
 */
final class ArticleText {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, [hidden], [aria-hidden=true]";
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(related|relate|share|social|breadcrumbs?|banner|advert|ads|sidebar|menu|newsletter"
                    + "|popup|cookie|comments?|tags?|author-box|box-tinlienquan|tin-lien-quan)($|[\\s_-])");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td";

    private ArticleText() {
    }

    /** Plain text with paragraphs separated by blank lines; empty when the page has no readable text. */
    static String extract(String html, String baseUri) {
        Document doc = Jsoup.parse(ScriptTails.remove(html), baseUri);
        doc.select(NEVER_TEXT).remove();
        Element body = articleBody(doc);
        for (Element e : body.select("[class], [id]")) {
            if (e != body && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find())) {
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        Elements blocks = body.select(BLOCKS);
        for (Element b : blocks) {
            if (insideAnotherBlock(b, body)) {
                continue; // already in its parent block's text
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        return out.isEmpty() ? body.text().strip() : out.toString();
    }

    private static boolean insideAnotherBlock(Element b, Element body) {
        for (Element p = b.parent(); p != null && p != body; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static Element articleBody(Document doc) {
        for (String css : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Element best = null;
            for (Element e : doc.select(css)) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= 200) {
                return best;
            }
        }
        Element best = doc.body();
        int bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.is("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }
}
