package vn.langnghe.harvest.connector.bulkimport;

import java.util.Map;
import vn.langnghe.harvest.connector.ConnectorException;

/** The rows of one file, pushed one by one to a visitor from a remembered position. */
interface RowFile {

    /**
     * @param number  the row's number among the file's data rows, from 1 (a header and blank lines are
     *                not counted)
     * @param values  column (or JSON path) to text, for the mapped columns
     * @param problem why the row cannot be read at all (bad encoding, not JSON), else null
     */
    record Row(long number, Map<String, String> values, String problem) {
    }

    /**
     * Where to go on: the data rows read so far and, for CSV and JSON lines, the byte offset of the next
     * row, so a page starts there without reading what came before. XLSX rows are counted again from
     * the top (a zipped sheet cannot be entered in the middle).
     */
    record Position(long row, long offset) {
        static final Position START = new Position(0, 0);
    }

    interface Visitor {
        /** Takes a row; false stops the reading before this row, which then starts the next page. */
        boolean accept(Row row, Position after) throws ConnectorException;
    }

    void read(Position from, Visitor visitor) throws ConnectorException;

    /**
     * How many bytes at the top of the file a reader needs before it can start at a saved offset (the
     * CSV header row; none for JSON lines), or -1 when it cannot start at an offset at all (XLSX).
     */
    long headBytes() throws ConnectorException;
}
