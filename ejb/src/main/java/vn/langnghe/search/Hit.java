package vn.langnghe.search;

/**
 * One result: the post (masked for a unit without clearance), its snippet with the searched words marked,
 * and how many near-duplicates in the reader's scope it stands for ("+12 similar").
 */
public record Hit(PostView post, Snippet snippet, long similar) {
}
