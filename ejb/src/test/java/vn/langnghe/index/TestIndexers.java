package vn.langnghe.index;

/** Builds a {@link PostIndexer} outside the container, for tests of other packages. */
public final class TestIndexers {
    private TestIndexers() {
    }

    public static PostIndexer indexer(SolrConnection solr) {
        PostIndexer indexer = new PostIndexer();
        indexer.solr = solr;
        indexer.batchSize = 500;
        indexer.commitWithinMs = 1000;
        return indexer;
    }
}
