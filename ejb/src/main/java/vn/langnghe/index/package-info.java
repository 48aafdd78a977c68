/**
 * Writing to and reading from the Solr {@code posts} collection: the SolrJ client over HTTP, the mapping
 * of a {@link vn.langnghe.index.Post} to a Solr document, and batched indexing. Nothing else in the
 * application talks to Solr directly; this package never touches the relational database.
 */
package vn.langnghe.index;
