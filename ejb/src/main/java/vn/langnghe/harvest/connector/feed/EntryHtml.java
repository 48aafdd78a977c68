package vn.langnghe.harvest.connector.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndFeed;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * An entry's title and body as HTML, so that an item from a feed is one format and its entities are
 * decoded exactly once, by the analysis. An Atom element says what it holds: plain text unless its
 * {@code type} is {@code html} or {@code xhtml} (RFC 4287, 3.1.1). Plain text is escaped here, so that
 * reading it as HTML gives back the very characters the feed sent. RSS and RDF elements are read as
 * HTML, as publishers write them (entity-encoded markup in descriptions and sometimes titles), whatever
 * type ROME labels them with.
 *
 * @param atom whether the feed is Atom
 */
record EntryHtml(boolean atom) {

    static EntryHtml of(SyndFeed feed) {
        return new EntryHtml(feed.getFeedType() != null && feed.getFeedType().startsWith("atom"));
    }

    /** The element's value as HTML; empty when there is none. */
    String html(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return "";
        }
        String value = content.getValue().strip();
        return atom && isText(content.getType()) ? Entities.escape(value) : value;
    }

    /**
     * The summary followed by the article's paragraphs (plain text, escaped here). The summary stays:
     * news sites print their sapo above the article's markup, where {@link ArticleText} does not look,
     * and its words were searchable from the feed. It is left out only when the article holds them
     * verbatim already.
     */
    static String withArticle(String summaryHtml, String article) {
        StringBuilder out = new StringBuilder(summaryHtml.length() + article.length() + 64);
        String summary = Jsoup.parseBodyFragment(summaryHtml).text();
        if (!oneLine(article).contains(oneLine(summary))) {
            out.append(summaryHtml);
        }
        for (String paragraph : article.split("\n\n")) {
            out.append("<p>").append(Entities.escape(paragraph)).append("</p>");
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean isText(String type) {
        String t = type == null ? "text" : type.toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain");
    }
}
