/**
 * YouTube Data API v3 with an API key: videos found by {@code search.list} or listed from a channel's
 * uploads playlist ({@code playlistItems.list}), their statistics from {@code videos.list}, and their
 * comments from {@code commentThreads.list} and {@code comments.list}. Every list pages with
 * {@code pageToken}/{@code nextPageToken}; one cursor carries the video list's token and the comment
 * walk of the video in hand, so a page may hold videos or the comments of one video.
 */
package vn.langnghe.harvest.connector.youtube;
