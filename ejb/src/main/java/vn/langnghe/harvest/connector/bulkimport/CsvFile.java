package vn.langnghe.harvest.connector.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.SourceConfigException;

/** CSV with a header row: records split by {@link Records}, each parsed by Commons CSV. */
final class CsvFile implements RowFile {
    private final ImportFile file;
    private final CSVFormat format;
    private final Set<String> wanted;

    CsvFile(ImportFile file, char delimiter, Collection<String> columns) {
        this.file = file;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"').get();
        this.wanted = Set.copyOf(columns);
    }

    /** The header row's column names, and the offset of the first data row. */
    private record Header(List<String> names, long end) {
    }

    @Override
    public void read(Position from, Visitor visitor) throws ConnectorException {
        try {
            Header header = header();
            if (header == null) {
                return; // an empty file: no rows
            }
            long start = Math.max(from.offset(), header.end());
            try (InputStream in = file.open(start)) {
                Records records = new Records(in, start, true, file.name());
                long row = from.row();
                while (records.next()) {
                    if (records.blank()) {
                        continue;
                    }
                    row++;
                    if (!visitor.accept(row(row, records.text(), header.names()), new Position(row, records.offset()))) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw new SourceConfigException(file.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long headBytes() throws ConnectorException {
        try {
            Header header = header();
            return header == null ? 0 : header.end();
        } catch (IOException e) {
            throw new SourceConfigException(file.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Null for an empty file. */
    private Header header() throws IOException, ConnectorException {
        try (InputStream in = file.open(0)) {
            Records head = new Records(in, 0, true, file.name());
            if (!head.next()) {
                return null;
            }
            String text = head.text();
            if (text == null) {
                throw new BadReplyException(file.name() + " is not valid UTF-8 text (its header row already is not); "
                        + "save it as CSV UTF-8");
            }
            return new Header(columnNames(text), head.offset());
        }
    }

    private List<String> columnNames(String text) throws ConnectorException {
        List<String> names = new ArrayList<>();
        for (String v : parse(text)) {
            names.add(v.strip());
        }
        List<String> missing = new ArrayList<>();
        for (String column : wanted) {
            if (!names.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            throw new SourceConfigException(file.name() + " has no column " + String.join(", ", missing)
                    + " named in the mapping; its header row has: " + String.join(", ", names));
        }
        return names;
    }

    private Row row(long number, String text, List<String> header) {
        if (text == null) {
            return new Row(number, Map.of(), "is not valid UTF-8 text");
        }
        List<String> values;
        try {
            values = parse(text);
        } catch (BadReplyException e) {
            return new Row(number, Map.of(), "is not valid CSV (" + e.getMessage() + ")");
        }
        if (values.size() != header.size()) {
            return new Row(number, Map.of(), "has " + values.size() + " fields where the header has " + header.size());
        }
        Map<String, String> mapped = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (wanted.contains(header.get(i))) {
                mapped.put(header.get(i), values.get(i));
            }
        }
        return new Row(number, mapped, null);
    }

    private List<String> parse(String record) throws BadReplyException {
        try (CSVParser p = CSVParser.parse(record, format)) {
            List<String> values = new ArrayList<>();
            for (CSVRecord r : p) {
                if (!values.isEmpty()) {
                    break;
                }
                r.forEach(values::add);
            }
            return values;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new BadReplyException(String.valueOf(e.getMessage()), e);
        }
    }
}
