/**
 * X (formerly Twitter) API v2 recent search ({@code GET /2/tweets/search/recent}) with a bearer token:
 * one walk pages newest-first with {@code next_token}, and later runs ask only for posts after the
 * newest one already taken ({@code since_id}). Replies are kept as comments of their conversation.
 */
package vn.langnghe.harvest.connector.x;
