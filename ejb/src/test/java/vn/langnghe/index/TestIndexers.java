package vn.langnghe.index;

/** Builds a {@link PostIndexer} outside the container, for tests of other packages. */
public final class TestIndexers {
    private TestIndexers() {
    }

    public static PostIndexer indexer(SolrConnection solr) {
        return indexer(solr, 1000);
    }

    public static PostIndexer indexer(SolrConnection solr, int commitWithinMs) {
        PostIndexer indexer = new PostIndexer();
        indexer.solr = solr;
        indexer.batchSize = 500;
        indexer.commitWithinMs = commitWithinMs;
        return indexer;
    }
}
