/**
 * Instagram through the Graph API (Instagram API with Facebook Login): recent media with a hashtag
 * ({@code ig_hashtag_search}, then {@code /{hashtag-id}/recent_media}), or a business account's own media
 * ({@code /{ig-user-id}/media}) with their comments and replies. Lists page with
 * {@code paging.cursors.after} until {@code paging.next} is absent; requests and errors go through the
 * Facebook package's {@link vn.langnghe.harvest.connector.facebook.GraphApi}.
 */
package vn.langnghe.harvest.connector.instagram;
