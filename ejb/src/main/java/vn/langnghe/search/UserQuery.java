package vn.langnghe.search;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.langnghe.index.PostField;
import vn.langnghe.search.SearchRequestException.Problem;

/**
 * The words a person typed, made safe for edismax. What people use is kept: words, "phrases", AND/OR/NOT,
 * + and -, parentheses, a trailing wildcard ({@code ngập*}), {@code title:} and {@code text:}. What could
 * reach past the query or cost unbounded work is refused with a plain reason or written as plain text:
 *
 * <ul>
 * <li>local parameters {@code {!...}} anywhere, and the magic fields {@code _query_:}/{@code _val_:} — refused;</li>
 * <li>{@code name:} where name is a {@link Facet} that may be filtered on ({@code platform:}, {@code topic:},
 * {@code sentiment:}, {@code region:} (area or ward code), {@code author:} (the name, folded), ...) — written
 * as its real field, the value lower-cased for code facets; {@code author:} is refused for a reader without
 * personal-data clearance;</li>
 * <li>{@code name:} where name is a field of the index that is not searchable — refused (filters are the
 * way to those); any other {@code word:} (a URL, "Lưu ý:") — the colon becomes text;</li>
 * <li>in exact mode, {@code title:} and {@code text:} become the diacritics-sensitive {@code title_exact:} and
 * {@code text_exact:};</li>
 * <li>leading wildcards ({@code *:*}, {@code *ngập}) and fewer than two characters before a wildcard —
 * refused; more than {@value #MAX_WILDCARDS} wildcard terms — refused;</li>
 * <li>regular expressions ({@code /.../}), ranges ({@code [a TO z]}), {@code filter(...)} — written as text;</li>
 * <li>unbalanced quotes or parentheses — refused; longer than {@value #MAX_LENGTH} characters or more than
 * {@value #MAX_TERMS} terms — refused.</li>
 * </ul>
 */
final class UserQuery {
    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 50;
    static final int MAX_WILDCARDS = 3;
    /** The fields {@code q} may name, and edismax's {@code uf}. */
    static final Set<String> SEARCHABLE = Set.of(PostField.TITLE, PostField.TEXT, PostField.TITLE_EXACT,
            PostField.TEXT_EXACT);
    /** The fields a {@code facet:} prefix may be written as, and edismax's {@code uf} beside {@link #SEARCHABLE}. */
    static final Set<String> FACET_FIELDS = facetFields();
    private static final Set<String> INDEX_FIELDS = indexFields();
    private static final Pattern PHRASE_SUFFIX = Pattern.compile("[~^][0-9]{1,2}(\\.[0-9])?");

    private UserQuery() {
    }

    /** The query to send as edismax's {@code q}; blank for a blank input (everything). */
    static String rewrite(String typed) {
        return rewrite(typed, false, false);
    }

    /**
     * The same, with {@code title:}/{@code text:} on the exact fields when {@code exact}, and {@code author:}
     * allowed only when {@code authors} (the reader's unit has personal-data clearance).
     */
    static String rewrite(String typed, boolean exact, boolean authors) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() > MAX_LENGTH) {
            throw new SearchRequestException(Problem.QUERY_TOO_LONG,
                    "the search text is longer than " + MAX_LENGTH + " characters");
        }
        if (q.contains("{!")) {
            throw new SearchRequestException(Problem.LOCAL_PARAMS, "the search text may not contain \"{!\"");
        }
        return new Rewriter(q, exact, authors).run();
    }

    private static final class Rewriter {
        private final String q;
        private final StringBuilder out = new StringBuilder();
        private int i;
        private int depth;
        private int terms;
        private int wildcards;

        private final boolean exact;
        private final boolean authors;

        Rewriter(String q, boolean exact, boolean authors) {
            this.q = q;
            this.exact = exact;
            this.authors = authors;
        }

        String run() {
            while (i < q.length()) {
                char c = q.charAt(i);
                if (c == '"') {
                    phrase();
                } else if (c == '(') {
                    depth++;
                    out.append(c);
                    i++;
                } else if (c == ')') {
                    if (--depth < 0) {
                        throw new SearchRequestException(Problem.QUERY_SYNTAX,
                                "a closing parenthesis has no opening one");
                    }
                    out.append(c);
                    i++;
                } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                    out.append(' ');
                    i++;
                } else {
                    word();
                }
            }
            if (depth > 0) {
                throw new SearchRequestException(Problem.QUERY_SYNTAX, "a parenthesis is not closed");
            }
            return out.toString().strip();
        }

        private void phrase() {
            int end = i + 1;
            while (end < q.length() && q.charAt(end) != '"') {
                end += q.charAt(end) == '\\' ? 2 : 1;
            }
            if (end >= q.length()) {
                throw new SearchRequestException(Problem.QUERY_SYNTAX, "a quotation mark is not closed");
            }
            count();
            end++;
            // "kẹt xe"~3 (proximity) and "kẹt xe"^2 (boost) stay syntax
            Matcher m = PHRASE_SUFFIX.matcher(q).region(end, q.length());
            if (m.lookingAt()) {
                end = m.end();
            }
            out.append(q, i, end);
            i = end;
        }

        private void word() {
            int start = i;
            while (i < q.length()) {
                char c = q.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '"' || c == '(' || c == ')' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                    break;
                } else {
                    i++;
                }
            }
            String w = q.substring(start, Math.min(i, q.length()));
            if (w.endsWith("\\") && !w.endsWith("\\\\")) {
                w = w + "\\"; // a trailing backslash escapes nothing: keep it as a character
            }
            int p = 0;
            while (p < w.length() && (w.charAt(p) == '+' || w.charAt(p) == '-' || w.charAt(p) == '!')) {
                p++;
            }
            out.append(w, 0, p);
            String rest = w.substring(p);
            int colon = unescapedColon(rest);
            Facet facet = null;
            if (colon > 0) {
                String field = rest.substring(0, colon);
                Facet named = Facet.byParam(field).orElse(null);
                if (SEARCHABLE.contains(field)) {
                    out.append(exact ? exactField(field) : field).append(':');
                    rest = rest.substring(colon + 1);
                } else if (named != null) {
                    if (!named.allowedFor(authors)) {
                        throw new SearchRequestException(Problem.NOT_CLEARED, "your unit has no personal-data "
                                + "clearance: authors are shown as pseudonyms, which cannot be searched for");
                    }
                    facet = named;
                    rest = rest.substring(colon + 1);
                    if (rest.isEmpty()) {
                        // before a phrase or a group: the first of its fields (a region: the area codes)
                        out.append(queryFields(facet).get(0)).append(':');
                        return;
                    }
                } else if (field.startsWith("_") || INDEX_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
                    throw new SearchRequestException(Problem.FIELD_NOT_SEARCHABLE, "\"" + SearchRequestException.shortened(field)
                            + "\" cannot be searched in the text; the searchable fields are title and text");
                }
            }
            if (rest.isEmpty()) {
                return; // "title:" before a phrase or a group
            }
            if (isOperator(rest)) {
                out.append(rest);
                return;
            }
            count();
            if (facet == null) {
                out.append(term(rest));
                return;
            }
            String value = term(facet.codes() ? rest.toLowerCase(Locale.ROOT) : rest);
            List<String> fields = queryFields(facet);
            if (fields.size() == 1) {
                out.append(fields.get(0)).append(':').append(value);
            } else {
                out.append('(').append(fields.stream().map(f -> f + ":" + value).collect(Collectors.joining(" OR ")))
                        .append(')');
            }
        }

        private String term(String t) {
            int firstWildcard = -1;
            StringBuilder s = new StringBuilder();
            int letters = 0;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '\\' && k + 1 < t.length()) {
                    s.append(c).append(t.charAt(++k));
                    letters++;
                } else if (c == '*' || c == '?') {
                    if (firstWildcard < 0) {
                        firstWildcard = letters;
                    }
                    s.append(c);
                } else if (":/[]{}^~".indexOf(c) >= 0 && !boostOrFuzzy(t, k)) {
                    s.append('\\').append(c);
                    letters++;
                } else {
                    s.append(c);
                    letters++;
                }
            }
            if (firstWildcard >= 0) {
                if (firstWildcard < 2) {
                    throw new SearchRequestException(Problem.LEADING_WILDCARD,
                            "a wildcard (* or ?) needs at least two letters before it, e.g. ngập*");
                }
                if (++wildcards > MAX_WILDCARDS) {
                    throw new SearchRequestException(Problem.QUERY_TOO_COMPLEX,
                            "at most " + MAX_WILDCARDS + " words with wildcards");
                }
            }
            // "filter(" is Solr syntax only when written exactly so: an escaped letter makes it a word
            if (t.equals("filter") && i < q.length() && q.charAt(i) == '(') {
                return "\\f" + s.substring(1);
            }
            return s.toString();
        }

        /** {@code ^2} (boost) and {@code ~1} (fuzzy, slop) at the end of a term stay syntax. */
        private static boolean boostOrFuzzy(String t, int k) {
            char c = t.charAt(k);
            return (c == '^' || c == '~') && k > 0 && t.substring(k + 1).matches("[0-9]{0,2}(\\.[0-9])?");
        }

        private void count() {
            if (++terms > MAX_TERMS) {
                throw new SearchRequestException(Problem.QUERY_TOO_COMPLEX, "at most " + MAX_TERMS + " words");
            }
        }

        private static boolean isOperator(String w) {
            return w.equals("AND") || w.equals("OR") || w.equals("NOT") || w.equals("&&") || w.equals("||");
        }

        private static int unescapedColon(String w) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (c == '\\') {
                    k++;
                } else if (c == ':') {
                    return k;
                }
            }
            return -1;
        }
    }

    private static String exactField(String field) {
        return field.equals(PostField.TITLE) ? PostField.TITLE_EXACT
                : field.equals(PostField.TEXT) ? PostField.TEXT_EXACT : field;
    }

    /**
     * The real fields a {@code facet:} in a query means: its facet field, except that a region is typed as an
     * area or ward code (not a depth path) and an author as a name (matched folded, like the text).
     */
    static List<String> queryFields(Facet facet) {
        return switch (facet) {
            case REGION -> List.of(PostField.REGION_AREAS, PostField.REGION_UNITS);
            case AUTHOR -> List.of(PostField.AUTHOR_NAME);
            default -> List.of(facet.solrField());
        };
    }

    private static Set<String> facetFields() {
        Set<String> fields = new HashSet<>();
        for (Facet f : Facet.values()) {
            if (f.filterable()) {
                fields.addAll(queryFields(f));
            }
        }
        return Set.copyOf(fields);
    }

    private static Set<String> indexFields() {
        Set<String> names = new HashSet<>(Set.of("_version_", "score"));
        for (Field f : PostField.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.add(PostField.AUTHOR_NAME + "_str");
        return Set.copyOf(names);
    }
}
