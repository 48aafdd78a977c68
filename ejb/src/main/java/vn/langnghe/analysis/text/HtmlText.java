package vn.langnghe.analysis.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The visible text of an HTML post or page, straight from jsoup's parse tree: what the page's body
 * shows, with a line break around every block element and none of the scripts (nor the tail of one
 * that ended early, see {@link ScriptTails}), styles or embedded objects (an iframe's {@code srcdoc}
 * is an attribute, never read). Posts from Mastodon, Facebook and feeds are short HTML fragments;
 * going through Tika's parser pipeline for them (charset detection, XHTML mapping, SAX events) cost
 * about three times the whole analysis of the post, so only files go through Tika.
 */
final class HtmlText {
    /** Never shown as text: code, styling, embedded objects, and the head (the title is metadata). */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "math", "canvas", "head", "title", "select", "option", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
            "td", "th", "caption", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
            "figcaption", "address", "form", "fieldset", "legend", "details", "summary", "body");

    private HtmlText() {
    }

    static String of(String html) {
        Element body = Jsoup.parse(ScriptTails.remove(html)).body();
        StringBuilder out = new StringBuilder(html.length());
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (NEVER_TEXT.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(tag)) {
                        out.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        });
        return out.toString();
    }
}
