package vn.langnghe.search;

import java.util.List;

/**
 * Everything the post page shows of one post, each post in it already limited to the reader's scope and
 * masked like a search result: the post; what the analysis read in it; the conversation it belongs to
 * (its parent, and the other posts of its thread, oldest first); the other members of its near-duplicate
 * group; and posts with similar words from other groups.
 *
 * @param sentimentScore the model's score from −1 to 1 (±1 or 0 after an analyst's correction), null when
 *                       the text could not be analysed
 * @param topicSentiments what each topic of the post is said about it, {@code topic:polarity} pairs
 *                       ({@code transport:negative}) in the index's order; after an analyst's correction as
 *                       {@code TopicSentimentPairs} left them
 * @param areas          the areas (former districts, {@code hcmc} for the city as a whole) it is about
 * @param units          the new ward/commune codes it is about
 * @param parent         the post it answers, when that lies in the reader's scope; null otherwise
 * @param thread         the conversation without this post and its parent: the root first, then replies
 * @param threadTotal    the conversation's posts in scope, this one excluded (more than {@code thread}
 *                       holds when it was cut)
 * @param duplicateTotal the other near-duplicates in scope (more than {@code duplicates} holds when cut)
 */
public record PostDetail(PostView post, String language, Double sentimentScore, List<String> keywords,
                         List<String> hashtags, List<String> topicSentiments, List<String> areas, List<String> units,
                         String threadId, PostView parent, List<PostView> thread, long threadTotal, List<PostView> duplicates,
                         long duplicateTotal, List<PostView> similar) {
    public PostDetail {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        topicSentiments = topicSentiments == null ? List.of() : List.copyOf(topicSentiments);
        areas = areas == null ? List.of() : List.copyOf(areas);
        units = units == null ? List.of() : List.copyOf(units);
        thread = List.copyOf(thread);
        duplicates = List.copyOf(duplicates);
        similar = List.copyOf(similar);
    }
}
