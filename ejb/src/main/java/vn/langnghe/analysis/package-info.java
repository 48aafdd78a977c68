/**
 * The analysis engine: turns a raw post into the facts analysts filter by (language, sentiment with
 * evidence, topics, regions, keywords, hashtags, near-duplicate signature). Plain Java without any
 * container dependency, so the EJBs, the command line and the benchmarks run the same code. It never
 * touches Solr or the database.
 */
package vn.langnghe.analysis;
