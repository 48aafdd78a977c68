package vn.langnghe.harvest.connector;

/**
 * Fetches items from one configured source, one page at a time. A connector knows nothing of Solr or
 * the database: the harvester stores the cursor it returns and hands it back on the next call, after
 * the page's items are durably accepted. Instances are used by one thread at a time.
 */
public interface Connector {

    /**
     * Fetches the page after {@code cursor} ({@code null}: start from the beginning, which for most
     * platforms means "the newest items the source allows").
     */
    Page fetch(String cursor) throws ConnectorException;

    /**
     * Tests the connection and credentials without keeping anything: the admin's "check" button. The
     * default fetches the first page and discards it.
     */
    default String check() throws ConnectorException {
        Page first = fetch(null);
        return first.items().size() + " items on the first page";
    }
}
