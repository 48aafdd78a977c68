package vn.langnghe.analysis.text;

import java.util.regex.Pattern;

/**
 * Removes, before HTML is parsed, the tail of a script that ended early. An HTML parser (a browser's
 * too) ends a script at the first {@code </script>}, even one inside a string of its data, as in
 * {@code window.__DATA__={"embed":"<script src=w.js></script>"}}: the rest of the data ({@code "}})
 * then reads as text of the page, and the script's own {@code </script>} comes after it closing
 * nothing. Text between the end of a script and such a stray end tag, with no tag in between, can
 * only be that rest, so it goes, with the stray tag. A tail holding a tag of its own is left alone.
 */
public final class ScriptTails {
    private static final Pattern TAIL = Pattern.compile("(?i)(</script\\s*>)[^<]*+</script\\s*>");

    private ScriptTails() {
    }

    public static String remove(String html) {
        return TAIL.matcher(html).replaceAll("$1");
    }
}
