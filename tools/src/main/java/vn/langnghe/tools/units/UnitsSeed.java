package vn.langnghe.tools.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.langnghe.analysis.region.RegionMatcher;

/**
 * {@code bin/langnghe seed-units}: (re)writes the units seed migration from the reference data. Order of
 * the rows: the standing unit, the departments, the former districts and areas (by area code), the local
 * units (by official code). Run it after changing the reference data or the departments; {@code
 * UnitsSeedTest} fails until the file is written again.
 */
public final class UnitsSeed {
    static final String MIGRATION = "db/migration/V5__units_seed.sql";

    private UnitsSeed() {
    }

    /** Argument: the file to write; by default the ejb module's migration, from the repository's root. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "ejb/src/main/resources/" + MIGRATION);
        List<SeedUnit> units = units();
        Files.write(file, SeedSql.lines(units), StandardCharsets.UTF_8);
        System.out.println(units.size() + " units seeded in " + file);
    }

    static List<SeedUnit> units() {
        ReferenceUnits reference = ReferenceUnits.load();
        Map<String, FormerArea> grouping = UnitGrouping.of(reference, RegionMatcher.load());
        List<SeedUnit> out = new ArrayList<>();
        out.add(SeedUnit.standing());
        out.addAll(departments());
        grouping.values().stream().distinct()
                .sorted(Comparator.comparing(FormerArea::area))
                .map(SeedUnit::area)
                .forEach(out::add);
        reference.units().stream()
                .sorted(Comparator.comparing(ReferenceUnits.NewUnit::code))
                .map(u -> SeedUnit.local(u, grouping.get(u.code())))
                .forEach(out::add);
        return out;
    }

    /** {@code units/departments.tsv}: code, name, comma-separated topic codes. */
    static List<SeedUnit> departments() {
        String file = "units/departments.tsv";
        try (InputStream in = UnitsSeed.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(r -> SeedUnit.department(r[0], r[1], List.of(r[2].split(","))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
