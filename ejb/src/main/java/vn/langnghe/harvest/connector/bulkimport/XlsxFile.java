package vn.langnghe.harvest.connector.bulkimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * The first sheet of an XLSX workbook, read with POI's streaming (SAX) reader: the first row with
 * values is the header. Every part read (styles, shared strings, the sheet) is counted against one
 * budget of expanded bytes, {@link #MAX_RATIO} times the file's size, because a zipped part can expand a
 * thousandfold; the shared strings, which POI would keep whole, are read by a bounded reader of our own.
 * Date cells arrive as ISO text ({@code 2025-07-15T08:30}), whatever their display format.
 */
final class XlsxFile implements RowFile {
    static final int MAX_RATIO = 100;
    static final long MIN_BUDGET = 16L * 1024 * 1024;
    static final long MAX_BUDGET = 2L * 1024 * 1024 * 1024;
    /** Text of all shared strings, in characters: they are held in memory while the sheet is read. */
    static final long MAX_SHARED_CHARS = 64L * 1024 * 1024;

    private final ImportFile file;
    private final Set<String> wanted;

    XlsxFile(ImportFile file, Collection<String> columns) {
        this.file = file;
        this.wanted = Set.copyOf(columns);
    }

    /** Ends the SAX pass once a page is full, or carries a connector error out of a SAX callback. */
    private static final class Stop extends RuntimeException {
        final transient ConnectorException error;

        Stop(ConnectorException error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("expanded beyond the budget");
        }
    }

    @Override
    public void read(Position from, Visitor visitor) throws ConnectorException {
        Path path = file.path();
        Path temp = null;
        try {
            if (path == null) {
                temp = Files.createTempFile("langnghe-import-", ".xlsx");
                Files.write(temp, file.body());
                path = temp;
            }
            try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
                readSheet(pkg, from, visitor);
            }
        } catch (Stop s) {
            if (s.error != null) {
                throw s.error;
            }
        } catch (OpenXML4JException | IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            ConnectorException carried = carried(e);
            if (carried != null) {
                throw carried;
            }
            if (tooLarge(e) || mentionsZipBomb(e)) {
                throw new BadReplyException(file.name() + " looks like a zip bomb (its parts expand far beyond its "
                        + "size); it was refused and nothing was kept", e);
            }
            throw new BadReplyException(file.name() + " cannot be read as XLSX (" + e.getMessage() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    @Override
    public long headBytes() {
        return -1; // a zipped sheet cannot be entered in the middle
    }

    private void readSheet(OPCPackage pkg, Position from, Visitor visitor)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        long[] budget = {Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, file.size() * MAX_RATIO))};
        StylesTable styles = null;
        try (InputStream in = capped(reader.getStylesData(), budget)) {
            styles = new StylesTable(in);
        } catch (InvalidFormatException e) {
            // a workbook without styles: cells are plain values
        }
        SharedStrings strings;
        try (InputStream in = capped(reader.getSharedStringsData(), budget)) {
            strings = BoundedStrings.read(in, file.name());
        } catch (InvalidFormatException e) {
            strings = BoundedStrings.EMPTY;
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return;
        }
        try (InputStream sheet = capped(sheets.next(), budget)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(from, visitor), new IsoDates(), false));
            xml.parse(new InputSource(sheet));
        }
    }

    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Position from;
        private final Visitor visitor;
        private Map<Integer, String> header;
        private final Map<Integer, String> cells = new TreeMap<>();
        private long row;

        Rows(Position from, Visitor visitor) {
            this.from = from;
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref != null && value != null && !value.isBlank()) {
                cells.put((int) new CellReference(ref).getCol(), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (header == null) {
                header = new HashMap<>();
                cells.forEach((col, name) -> header.put(col, name.strip()));
                List<String> missing = new ArrayList<>();
                for (String c : wanted) {
                    if (!header.containsValue(c)) {
                        missing.add(c);
                    }
                }
                if (!missing.isEmpty()) {
                    missing.sort(null);
                    throw new Stop(new SourceConfigException(file.name() + " has no column " + String.join(", ", missing)
                            + " named in the mapping; its header row has: " + String.join(", ", new TreeMap<>(header).values())));
                }
                return;
            }
            row++;
            if (row <= from.row()) {
                return;
            }
            Map<String, String> values = new HashMap<>();
            cells.forEach((col, v) -> {
                String name = header.get(col);
                if (name != null && wanted.contains(name)) {
                    values.put(name, v);
                }
            });
            try {
                if (!visitor.accept(new Row(row, values, null), new Position(row, 0))) {
                    throw new Stop(null);
                }
            } catch (ConnectorException e) {
                throw new Stop(e);
            }
        }
    }

    /** Date cells as ISO local date-times, so the configured date format need not know Excel's. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** The shared strings table, kept in memory within {@link #MAX_SHARED_CHARS}. */
    private static final class BoundedStrings extends DefaultHandler implements SharedStrings {
        static final BoundedStrings EMPTY = new BoundedStrings("");

        private final String fileName;
        private final List<String> items = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private long chars;
        private boolean inText;
        private int phonetic;

        private BoundedStrings(String fileName) {
            this.fileName = fileName;
        }

        static BoundedStrings read(InputStream in, String fileName)
                throws IOException, SAXException, ParserConfigurationException {
            BoundedStrings s = new BoundedStrings(fileName);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(s);
            xml.parse(new InputSource(in));
            return s;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "si" -> current.setLength(0);
                case "rPh" -> phonetic++;
                case "t" -> inText = phonetic == 0;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "si" -> items.add(current.toString());
                case "rPh" -> phonetic--;
                case "t" -> inText = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText) {
                chars += length;
                if (chars > MAX_SHARED_CHARS) {
                    throw new SAXException(new Stop(new BadReplyException(fileName + " holds more than "
                            + MAX_SHARED_CHARS / (1024 * 1024) + " million characters of shared text; it was refused")));
                }
                current.append(ch, start, length);
            }
        }

        @Override
        public RichTextString getItemAt(int idx) {
            return new XSSFRichTextString(idx >= 0 && idx < items.size() ? items.get(idx) : "");
        }

        @Override
        public int getCount() {
            return items.size();
        }

        @Override
        public int getUniqueCount() {
            return items.size();
        }
    }

    private static InputStream capped(InputStream in, long[] budget) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && --budget[0] < 0) {
                    throw new TooLarge();
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0 && (budget[0] -= n) < 0) {
                    throw new TooLarge();
                }
                return n;
            }
        };
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** POI's own inflate-ratio check, when it is on, fires before our budget. */
    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static ConnectorException carried(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof Stop s) {
                return s.error;
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        Throwable c = t.getCause();
        if (c == null && t instanceof SAXException s) {
            c = s.getException();
        }
        return c == t ? null : c;
    }
}
