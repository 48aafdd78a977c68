package vn.langnghe.harvest.connector.feed;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an HTML page by how it begins: {@code <!DOCTYPE html ...>} or an {@code <html>} root, after any
 * XML declaration, comments and white space. A wrong feed URL usually answers the site's front page,
 * whatever Content-Type the server claims; it is told apart before the XML pass so that the admin reads
 * "an HTML page" rather than the DOCTYPE refusal meant for hostile feeds. The text is only looked at,
 * never parsed, so a DOCTYPE with entities that calls itself html is refused all the same.
 */
final class HtmlPage {
    /** How far into the text the start is looked for: declarations and comments are short. */
    private static final int HEAD_CHARS = 4096;
    private static final Pattern PROLOG = Pattern.compile("\\A(?:\\s+|<\\?xml[^>]*\\?>|<!--.*?-->)*", Pattern.DOTALL);
    private static final Pattern HTML_START = Pattern.compile("\\A<(?:!doctype\\s+html|html)(?=[\\s>/\\[])");

    private HtmlPage() {
    }

    static boolean startsOne(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD_CHARS));
        Matcher prolog = PROLOG.matcher(head);
        int start = prolog.lookingAt() ? prolog.end() : 0;
        return HTML_START.matcher(head.substring(start).toLowerCase(Locale.ROOT)).lookingAt();
    }
}
