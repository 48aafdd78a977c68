/**
 * The Solr side of Lắng Nghe: the {@code posts} configset (in the resources, under
 * {@code configsets/posts/conf}) and {@link vn.langnghe.solr.SolrLauncher}, which runs a real Solr 9
 * (standalone, or a small SolrCloud with embedded ZooKeeper) in its own JVM for development,
 * tests and small installations.
 *
 * <p>This package owns Solr's configuration and process only. It must not contain application logic
 * (indexing, search requests): the application talks to Solr over HTTP through SolrJ and never
 * depends on this module.
 */
package vn.langnghe.solr;
