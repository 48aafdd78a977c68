package vn.langnghe.tools.analyze;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.langnghe.analysis.Analysis;
import vn.langnghe.analysis.AnalysisJson;
import vn.langnghe.analysis.Analyzer;

/**
 * {@code bin/langnghe analyze}: UTF-8 text on standard input, one post per line; one JSON object per
 * line on standard output, in input order. A line that is empty, not valid UTF-8, or that the analyzer
 * cannot handle gives {@code {}} for that line and the run goes on.
 */
public final class AnalyzeCommand {
    private AnalyzeCommand() {
    }

    public static void main(String[] args) throws IOException {
        Analyzer analyzer = new Analyzer();
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        run(analyzer, System.in, out);
        out.flush();
    }

    /** Reads lines as bytes and decodes each alone, so one bad line cannot spoil the others. */
    static void run(Analyzer analyzer, InputStream in, OutputStream sink) throws IOException {
        PrintStream out = sink instanceof PrintStream p ? p : new PrintStream(sink, false, StandardCharsets.UTF_8);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        byte[] buf = new byte[1 << 16];
        boolean pending = false;
        for (int n; (n = in.read(buf)) > 0; ) {
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    out.println(analyzeLine(analyzer, utf8, line));
                    line.reset();
                    pending = false;
                } else {
                    line.write(buf[i]);
                    pending = true;
                }
            }
        }
        if (pending) {
            out.println(analyzeLine(analyzer, utf8, line));
        }
        out.flush();
    }

    private static String analyzeLine(Analyzer analyzer, CharsetDecoder utf8, ByteArrayOutputStream bytes) {
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return AnalysisJson.toJson(Analysis.EMPTY);
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            return AnalysisJson.toJson(analyzer.analyze(text));
        } catch (RuntimeException e) {
            // one post the analyzer cannot handle must not stop the others; stderr says which
            System.err.println("analyze: line skipped: " + e);
            return AnalysisJson.toJson(Analysis.EMPTY);
        }
    }
}
