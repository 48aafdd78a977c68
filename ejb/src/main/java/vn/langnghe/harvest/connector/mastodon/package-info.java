/**
 * Mastodon (any instance): the hashtag and public timelines of the REST API v1, paged newest-first
 * with {@code max_id} and the {@code Link} header, continued on later runs with {@code since_id}.
 */
package vn.langnghe.harvest.connector.mastodon;
