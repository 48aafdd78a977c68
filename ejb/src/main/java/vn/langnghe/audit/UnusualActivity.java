package vn.langnghe.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that flag unusual behaviour, as plain functions of histories the database hands over (so
 * each can be tested with crafted histories). Thresholds in {@link UnusualThresholds}.
 */
public final class UnusualActivity {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Rows kept behind one flag: enough to see the pattern; the table's filters show the rest. */
    static final int ROWS_PER_FLAG = 50;

    private final UnusualThresholds t;

    public UnusualActivity(UnusualThresholds thresholds) {
        this.t = thresholds;
    }

    /**
     * Days in {@code [from, to]} on which an account exported far more than on its usual day: more than
     * {@code exportFactor} × the median of the {@code historyDays} days before (days without exports
     * count as 0, so an account that rarely exports has a median of 0), in rows and above the row floor,
     * or in exports and above the export floor. {@code perAccountDay} must cover the history days too.
     */
    public List<UnusualFlag> exportVolume(List<AuditUsage.Day> perAccountDay, LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, AuditUsage.Day>> byAccount = new LinkedHashMap<>();
        for (AuditUsage.Day d : perAccountDay) {
            byAccount.computeIfAbsent(d.key(), k -> new HashMap<>()).put(d.day(), d);
        }
        List<UnusualFlag> flags = new ArrayList<>();
        byAccount.forEach((account, days) -> days.values().stream()
                .filter(d -> d.exports() > 0 && !d.day().isBefore(from) && !d.day().isAfter(to))
                .sorted(Comparator.comparing(AuditUsage.Day::day))
                .forEach(d -> {
                    long[] rows = new long[t.historyDays()];
                    long[] counts = new long[t.historyDays()];
                    for (int i = 1; i <= t.historyDays(); i++) {
                        AuditUsage.Day before = days.get(d.day().minusDays(i));
                        rows[i - 1] = before == null ? 0 : before.exportedRows();
                        counts[i - 1] = before == null ? 0 : before.exports();
                    }
                    double medianRows = median(rows);
                    double medianCount = median(counts);
                    boolean manyRows = d.exportedRows() > t.exportFactor() * medianRows && d.exportedRows() > t.exportRowsFloor();
                    boolean manyExports = d.exports() > t.exportFactor() * medianCount && d.exports() > t.exportCountFloor();
                    if (manyRows || manyExports) {
                        flags.add(new UnusualFlag(UnusualFlag.Kind.EXPORT_VOLUME, account,
                                d.day().atStartOfDay(AuditFilter.CITY).toInstant(),
                                List.of(account, DAY.format(d.day()), d.exportedRows(), d.exports(), medianRows,
                                        medianCount, t.exportFactor(), t.exportRowsFloor(), t.exportCountFloor()),
                                List.of()));
                    }
                }));
        return flags;
    }

    /**
     * Successful sign-ins at unusual hours, among {@code signIns} (successful {@code login} events, any
     * order, covering the history days before {@code from} too). An account with at least
     * {@code ownHoursMinSignIns} sign-ins in the history is judged by its own hours: a sign-in is unusual
     * when none of the history was within an hour of it (hour of day, city time). Without that much
     * history, outside {@code dayStartHour}–{@code dayEndHour} is unusual.
     */
    public List<UnusualFlag> oddHours(List<AuditEntry> signIns, Instant from) {
        Map<String, List<AuditEntry>> byAccount = group(signIns, AuditEntry::actor);
        List<UnusualFlag> flags = new ArrayList<>();
        byAccount.forEach((account, list) -> {
            list.sort(Comparator.comparing(AuditEntry::occurredAt));
            for (int i = 0; i < list.size(); i++) {
                AuditEntry e = list.get(i);
                if (e.occurredAt().isBefore(from)) {
                    continue;
                }
                Instant historyStart = e.occurredAt().minus(Duration.ofDays(t.historyDays()));
                List<AuditEntry> history = list.subList(0, i).stream()
                        .filter(h -> !h.occurredAt().isBefore(historyStart)).toList();
                ZonedDateTime at = e.occurredAt().atZone(AuditFilter.CITY);
                if (history.size() >= t.ownHoursMinSignIns()) {
                    boolean[] usual = new boolean[24];
                    for (AuditEntry h : history) {
                        int hour = h.occurredAt().atZone(AuditFilter.CITY).getHour();
                        usual[hour] = usual[(hour + 1) % 24] = usual[(hour + 23) % 24] = true;
                    }
                    if (!usual[at.getHour()]) {
                        flags.add(new UnusualFlag(UnusualFlag.Kind.OFF_HOURS_SIGN_IN, account, e.occurredAt(),
                                List.of(account, TIME.format(at), history.size(), t.historyDays()), List.of(e)));
                    }
                } else if (at.getHour() < t.dayStartHour() || at.getHour() >= t.dayEndHour()) {
                    flags.add(new UnusualFlag(UnusualFlag.Kind.NIGHT_SIGN_IN, account, e.occurredAt(),
                            List.of(account, TIME.format(at), hour(t.dayStartHour()), hour(t.dayEndHour())), List.of(e)));
                }
            }
        });
        return flags;
    }

    /**
     * Bursts of failed sign-ins ({@code login} events that were {@code denied}), per account and per
     * client address: at least the threshold within the window. A burst goes on as long as each further
     * failure still has threshold − 1 others within the window before it, and is one flag.
     */
    public List<UnusualFlag> failedSignIns(List<AuditEntry> failures) {
        List<UnusualFlag> flags = new ArrayList<>();
        group(failures, AuditEntry::actor).forEach((account, list) ->
                bursts(list, t.failuresPerAccount()).forEach(b -> flags.add(burstFlag(
                        UnusualFlag.Kind.FAILED_SIGN_INS_ACCOUNT, account, b, t.failuresPerAccount()))));
        group(failures, AuditEntry::clientAddress).forEach((address, list) ->
                bursts(list, t.failuresPerAddress()).forEach(b -> flags.add(burstFlag(
                        UnusualFlag.Kind.FAILED_SIGN_INS_ADDRESS, address, b, t.failuresPerAddress()))));
        return flags;
    }

    private List<List<AuditEntry>> bursts(List<AuditEntry> list, int threshold) {
        list.sort(Comparator.comparing(AuditEntry::occurredAt));
        List<List<AuditEntry>> out = new ArrayList<>();
        int i = threshold - 1;
        while (i < list.size()) {
            if (dense(list, i, threshold)) {
                int start = i - threshold + 1;
                int end = i;
                while (end + 1 < list.size() && dense(list, end + 1, threshold)) {
                    end++;
                }
                out.add(new ArrayList<>(list.subList(start, end + 1)));
                i = end + threshold;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether the failure at {@code i} and the threshold − 1 before it lie within the window. */
    private boolean dense(List<AuditEntry> list, int i, int threshold) {
        int first = i - threshold + 1;
        return first >= 0 && Duration.between(list.get(first).occurredAt(), list.get(i).occurredAt())
                .compareTo(t.failureWindow()) <= 0;
    }

    private UnusualFlag burstFlag(UnusualFlag.Kind kind, String subject, List<AuditEntry> burst, int threshold) {
        Instant first = burst.get(0).occurredAt();
        Instant last = burst.get(burst.size() - 1).occurredAt();
        List<Object> args = new ArrayList<>(Arrays.asList(subject, burst.size(), TIME.format(first.atZone(AuditFilter.CITY)),
                TIME.format(last.atZone(AuditFilter.CITY)), threshold, t.failureWindow().toMinutes()));
        if (kind == UnusualFlag.Kind.FAILED_SIGN_INS_ADDRESS) {
            Set<String> accounts = new LinkedHashSet<>();
            burst.forEach(e -> accounts.add(e.actor()));
            args.add(accounts.size());
        }
        return new UnusualFlag(kind, subject, first, args, burst.subList(0, Math.min(ROWS_PER_FLAG, burst.size())));
    }

    static double median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static String hour(int h) {
        return String.format("%02d:00", h);
    }

    // rows without the key (no client address) are not grouped
    private static Map<String, List<AuditEntry>> group(List<AuditEntry> rows, Function<AuditEntry, String> key) {
        Map<String, List<AuditEntry>> out = new LinkedHashMap<>();
        for (AuditEntry e : rows) {
            String k = key.apply(e);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }
}
