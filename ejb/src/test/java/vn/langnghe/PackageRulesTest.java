package vn.langnghe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the sources of the ejb and web modules: data
 * flows one way (harvest → pipeline → index → readers), connectors know nothing of sources, the
 * database or Solr, the analysis is plain Java that uses nothing else, and the web tier only calls
 * services. A package may always use itself and its sub-packages; every other use of a
 * {@code vn.langnghe} package must be listed here.
 */
class PackageRulesTest {
    /** Package (and its sub-packages, unless a longer entry names one) → what else it may use. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("vn.langnghe.analysis", Set.of());
        MAY_USE.put("vn.langnghe.analysis.text", Set.of());
        // the CSV writing (BOM, quoting, formulas) it shares with exports
        MAY_USE.put("vn.langnghe.audit", Set.of("vn.langnghe.csv"));
        MAY_USE.put("vn.langnghe.csv", Set.of());
        MAY_USE.put("vn.langnghe.keys", Set.of());
        MAY_USE.put("vn.langnghe.database", Set.of());
        // the topic codes a data scope may name come from the topic rules
        MAY_USE.put("vn.langnghe.account", Set.of("vn.langnghe.audit", "vn.langnghe.analysis.topic"));
        MAY_USE.put("vn.langnghe.harvest", Set.of("vn.langnghe.analysis", "vn.langnghe.audit", "vn.langnghe.keys"));
        // the connector SPI and the platforms: HTTP, parsing and text helpers, nothing of the harvester
        MAY_USE.put("vn.langnghe.harvest.connector", Set.of("vn.langnghe.analysis.text"));
        // adds the demo replay source on a first start, through the admins' own service
        MAY_USE.put("vn.langnghe.demo", Set.of("vn.langnghe.harvest"));
        MAY_USE.put("vn.langnghe.pipeline", Set.of("vn.langnghe.harvest", "vn.langnghe.analysis", "vn.langnghe.index",
                "vn.langnghe.correction")); // correction: a re-harvest keeps analysts' corrections
        MAY_USE.put("vn.langnghe.index", Set.of());
        // reads are audited where they happen (search, post view)
        MAY_USE.put("vn.langnghe.search", Set.of("vn.langnghe.account", "vn.langnghe.audit", "vn.langnghe.index", "vn.langnghe.keys"));
        MAY_USE.put("vn.langnghe.retention", Set.of("vn.langnghe.audit", "vn.langnghe.harvest", "vn.langnghe.index"));
        MAY_USE.put("vn.langnghe.savedquery", Set.of("vn.langnghe.audit", "vn.langnghe.index", "vn.langnghe.search"));
        MAY_USE.put("vn.langnghe.correction", Set.of("vn.langnghe.analysis", "vn.langnghe.audit", "vn.langnghe.index",
                "vn.langnghe.search"));
        // reads through PostSearch only (scope, masking, the export's audit event)
        MAY_USE.put("vn.langnghe.export", Set.of("vn.langnghe.audit", "vn.langnghe.csv", "vn.langnghe.index",
                "vn.langnghe.search"));
        MAY_USE.put("vn.langnghe.apiclient", Set.of("vn.langnghe.account", "vn.langnghe.audit"));
        MAY_USE.put("vn.langnghe.status", Set.of("vn.langnghe.database", "vn.langnghe.index", "vn.langnghe.pipeline"));
        MAY_USE.put("vn.langnghe.web", Set.of());
        // sign-in and its rate limit, browser security headers, and the client address that every audit
        // event of a request carries
        MAY_USE.put("vn.langnghe.web.security", Set.of("vn.langnghe.account", "vn.langnghe.audit"));
        MAY_USE.put("vn.langnghe.web.health", Set.of("vn.langnghe.database", "vn.langnghe.index", "vn.langnghe.status"));
        MAY_USE.put("vn.langnghe.web.api", Set.of("vn.langnghe.account", "vn.langnghe.apiclient", "vn.langnghe.harvest", "vn.langnghe.search",
                "vn.langnghe.status", "vn.langnghe.web.security", "vn.langnghe.audit", // audit: every API call
                "vn.langnghe.index")); // index: IndexingException, a search the index cannot answer is a 503
        // the sign-in page asks the sign-in rate limit before signing in, to say why it refuses
        MAY_USE.put("vn.langnghe.web.pages", Set.of("vn.langnghe.account", "vn.langnghe.harvest", "vn.langnghe.index",
                "vn.langnghe.search", "vn.langnghe.web.security", "vn.langnghe.audit", "vn.langnghe.retention",
                "vn.langnghe.export", "vn.langnghe.correction", "vn.langnghe.savedquery")); // correction: the post page's corrections and their history
    }

    private static final Pattern PACKAGE = Pattern.compile("^package (vn\\.langnghe[\\w.]*);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?(vn\\.langnghe\\.[a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"),
            Path.of("..", "web", "src", "main", "java"));

    @Test
    void everyPackageUsesOnlyWhatItsRuleAllows() {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (Path root : SOURCES) {
            for (Path f : javaFiles(root)) {
                files++;
                String src = read(f);
                Matcher p = PACKAGE.matcher(src);
                assertTrue(p.find(), f + " has no vn.langnghe package");
                String pkg = p.group(1);
                String rule = ruleOf(pkg);
                Matcher i = IMPORT.matcher(src);
                while (i.find()) {
                    String used = i.group(1);
                    if (!allowed(rule, used)) {
                        violations.add(f.getFileName() + " (" + pkg + ") uses " + used);
                    }
                }
            }
        }
        assertTrue(files > 100, "read the sources of both modules (" + files + " files)");
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        List<String> missing = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> dirs = Files.walk(root)) {
                dirs.filter(Files::isDirectory)
                        .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
                        .forEach(d -> missing.add(root.relativize(d).toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }

    @Test
    void theRulesThemselvesCatchAnUpwardUse() {
        // harvest must not call the pipeline (it announces new items with an event instead)
        assertTrue(!allowed(ruleOf("vn.langnghe.harvest"), "vn.langnghe.pipeline"));
        assertTrue(!allowed(ruleOf("vn.langnghe.harvest.connector.feed"), "vn.langnghe.harvest"));
        assertTrue(!allowed(ruleOf("vn.langnghe.index"), "vn.langnghe.search"));
        assertTrue(allowed(ruleOf("vn.langnghe.harvest"), "vn.langnghe.harvest.connector.feed"));
    }

    private static String ruleOf(String pkg) {
        return MAY_USE.keySet().stream()
                .filter(k -> pkg.equals(k) || pkg.startsWith(k + "."))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new AssertionError("no rule for package " + pkg + ": add it to MAY_USE and to "
                        + "docs/architecture.md"));
    }

    private static boolean allowed(String rule, String used) {
        if (used.equals(rule) || used.startsWith(rule + ".")) {
            return true;
        }
        return MAY_USE.get(rule).stream().anyMatch(a -> used.equals(a) || used.startsWith(a + "."));
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new AssertionError("no sources at " + root.toAbsolutePath());
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
