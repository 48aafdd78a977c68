/**
 * Reddit's listing JSON: a subreddit's new posts, a search within it, or its newest comments, paged
 * newest-first with {@code after}, and each new post's comment tree. Later runs stop at the newest
 * post already taken, so a scheduled run reads only what is new.
 */
package vn.langnghe.harvest.connector.reddit;
