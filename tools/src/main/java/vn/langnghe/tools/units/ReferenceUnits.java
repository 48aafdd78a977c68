package vn.langnghe.tools.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The reference facts on the new units, as copied into {@code units/hcmc-2025/} (dvhcvn/20250701, MIT):
 * the 168 new units and the links from the old wards, communes and towns to them.
 */
record ReferenceUnits(List<NewUnit> units, List<OldLink> links) {
    static final String FOLDER = "units/hcmc-2025/";

    /** A new unit: official code and name, and {@code phuong}, {@code xa} or {@code dac_khu}. */
    record NewUnit(String code, String name, String type) {
    }

    /** One old unit → new unit link, with where the old unit was. */
    record OldLink(String oldCode, String oldDistrictName, String oldProvinceName, String newCode) {
    }

    static ReferenceUnits load() {
        List<NewUnit> units = rows("units.csv", 3).stream()
                .map(r -> new NewUnit(r[0], r[1], r[2])).toList();
        List<OldLink> links = rows("old_to_new.csv", 9).stream()
                .map(r -> new OldLink(r[0], r[4], r[5], r[6])).toList();
        return new ReferenceUnits(units, links);
    }

    /** The rows after the header; the files have no quoting (no field holds a comma). */
    private static List<String[]> rows(String file, int columns) {
        try (InputStream in = ReferenceUnits.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is not on the classpath");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return lines.subList(1, lines.size()).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> {
                        String[] r = l.split(",", -1);
                        if (r.length != columns) {
                            throw new IllegalStateException(file + ": " + columns + " columns expected: " + l);
                        }
                        return r;
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
