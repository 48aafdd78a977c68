/**
 * Facebook Pages through the Graph API: a Page's posts ({@code /{page-id}/posts}) and, if asked, the
 * comments and replies of each post ({@code /{post-id}/comments?filter=stream}), read with a Page access
 * token and paged with {@code paging.cursors.after} until {@code paging.next} is absent. {@link
 * vn.langnghe.harvest.connector.facebook.GraphApi} is public because Instagram speaks the same Graph API.
 */
package vn.langnghe.harvest.connector.facebook;
