package vn.langnghe.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.langnghe.index.PostField;

/**
 * The fields of a post an API caller may select ({@code fields=id,text,createdAt}): the whitelist of what
 * {@code GET /api/v1/posts} returns, each with the index fields it is read from. Nothing else can be
 * named, so a selection can never reach a field the post view does not show (the pseudonym key's
 * inputs, the exact-text copies).
 */
public enum ResultField {
    ID("id", PostField.ID),
    PLATFORM("platform", PostField.PLATFORM),
    KIND("kind", PostField.KIND),
    TITLE("title", PostField.TITLE),
    TEXT("text", PostField.TEXT),
    AUTHOR_NAME("authorName", PostField.AUTHOR_NAME),
    AUTHOR_ID("authorId", PostField.AUTHOR_ID),
    URL("url", PostField.URL),
    CREATED_AT("createdAt", PostField.CREATED_AT),
    SENTIMENT("sentiment", PostField.SENTIMENT),
    SENTIMENT_EVIDENCE("sentimentEvidence", PostField.SENTIMENT_EVIDENCE),
    TOPICS("topics", PostField.TOPICS),
    REGIONS("regions", PostField.REGION_AREAS, PostField.REGION_UNITS),
    ENGAGEMENT("engagement", PostField.LIKES, PostField.SHARES, PostField.COMMENTS, PostField.VIEWS),
    /** How many near-duplicates the item stands for (the others of its group in the caller's scope). */
    DUPLICATES("duplicates", PostField.DUP_GROUP),
    DUP_GROUP("dupGroup", PostField.DUP_GROUP);

    /**
     * Read whatever is selected: the mask of a unit without personal-data clearance works the pseudonym out
     * from the platform and the author and masks the author's name in the text, and the near-duplicate
     * count is found by group.
     */
    static final List<String> ALWAYS_READ = List.of(PostField.ID, PostField.PLATFORM, PostField.AUTHOR_NAME,
            PostField.AUTHOR_ID, PostField.DUP_GROUP);
    /** Names at most in one selection: more than every field twice is not a selection. */
    static final int MAX_NAMES = 2 * 16;

    private final String param;
    private final List<String> solrFields;

    ResultField(String param, String... solrFields) {
        this.param = param;
        this.solrFields = List.of(solrFields);
    }

    /** The name in {@code fields=} and in the JSON item. */
    public String param() {
        return param;
    }

    /**
     * A comma list of names (repeatable: every value joined), case-sensitive as the JSON writes them; blank
     * for every field. An unknown name is refused ({@link SearchRequestException.Problem#UNKNOWN_FIELD}).
     */
    public static Set<ResultField> parse(List<String> lists) {
        List<String> names = new ArrayList<>();
        if (lists != null) {
            for (String l : lists) {
                if (l != null) {
                    Arrays.stream(l.split(",", -1)).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
                }
            }
        }
        if (names.isEmpty()) {
            return EnumSet.allOf(ResultField.class);
        }
        if (names.size() > MAX_NAMES) {
            throw new SearchRequestException(SearchRequestException.Problem.UNKNOWN_FIELD,
                    "at most " + MAX_NAMES + " field names; there are " + values().length + " fields");
        }
        Set<ResultField> out = EnumSet.noneOf(ResultField.class);
        for (String n : names) {
            out.add(Arrays.stream(values()).filter(f -> f.param.equals(n)).findFirst().orElseThrow(() ->
                    new SearchRequestException(SearchRequestException.Problem.UNKNOWN_FIELD, "no field \""
                            + SearchRequestException.shortened(n) + "\": the fields are " + names())));
        }
        return out;
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(ResultField::param).toList());
    }

    /** The index fields to read for a selection ({@code fl}), in a stable order. */
    static String[] solrFields(Set<ResultField> selected) {
        Set<String> fl = new LinkedHashSet<>(ALWAYS_READ);
        for (ResultField f : values()) {
            if (selected.contains(f)) {
                fl.addAll(f.solrFields);
            }
        }
        return fl.toArray(String[]::new);
    }

    public static String describe(Set<ResultField> selected) {
        return selected.size() == values().length ? "all"
                : String.join(",", selected.stream().map(ResultField::param).toList());
    }
}
