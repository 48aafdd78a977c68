/**
 * TikTok Research API: the video query ({@code POST /v2/research/video/query/}) over a window of days,
 * paged with {@code cursor} and {@code search_id}, and each video's comments
 * ({@code POST /v2/research/video/comment/list/}) paged with {@code cursor}. Later runs query from the
 * day the previous walk ended; the API has no "since id".
 */
package vn.langnghe.harvest.connector.tiktok;
