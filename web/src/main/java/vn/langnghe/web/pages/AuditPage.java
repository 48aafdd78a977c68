package vn.langnghe.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.langnghe.audit.AuditEntry;
import vn.langnghe.audit.AuditFilter;
import vn.langnghe.audit.AuditTrail;
import vn.langnghe.audit.AuditUsage;
import vn.langnghe.audit.AuditVerifier;
import vn.langnghe.audit.UnusualFlag;

/**
 * The audit page for admins: the filtered trail (lazy, newest first), searches and exports per unit per
 * day as charts, unusual behaviour with its reasons and rows, the CSV link and the chain check. The
 * filters live in the URL (view parameters), so a filtered view can be bookmarked and sent; applying
 * the form redirects to the new URL.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    /** Units drawn as their own series; the rest are summed as "other units". */
    static final int CHART_UNITS = 6;
    /** The known actions, then prefixes, for the action picker (any other text may be typed). */
    static final List<String> ACTIONS = List.of("login", "logout", "password.change", "search", "post.view", "export",
            "report", "correction", "api.call", "audit.export", "account.", "unit.", "source.", "saved-query.",
            "retention.");

    @Inject
    AuditTrail trail;

    @Inject
    SecurityContext security;

    private final AuditParams params = new AuditParams();
    private AuditFilter filter;
    private long total;
    private final Table table = new Table();
    private List<AuditUsage.Day> usage = List.of();
    private AuditTrail.Flags flags = new AuditTrail.Flags(List.of(), false);
    private boolean chainChecked;
    private long chainVerifiedUpTo;
    private String chainBreak;

    /** The view action: reads the URL's filters and what they select. */
    public void load() {
        if (!security.isCallerInRole("admin")) {
            throw new IllegalStateException("the audit page is for admins");
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        for (String key : params.problems()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(faces, key), null));
        }
        filter = params.filter(LocalDate.now(AuditFilter.CITY));
        params.from = filter.from().toString();
        params.to = filter.to().toString();
        total = trail.count(filter);
        usage = trail.usagePerUnit(filter);
        flags = trail.flags(filter);
    }

    /** Apply the form: the same page with the new filters in its URL. */
    public String apply() {
        return "/audit?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/audit?faces-redirect=true";
    }

    /** Walks the chain now; the result is worded when shown, so it follows a change of language. */
    public void verifyChain() {
        AuditVerifier.Result r = trail.verifyChain();
        chainChecked = true;
        chainVerifiedUpTo = r.verifiedUpTo();
        chainBreak = r.firstBreak().map(Object::toString).orElse(null);
    }

    // ---- pickers ----

    public List<String> completeAccount(String prefix) {
        return trail.accounts(prefix);
    }

    public List<String> completeUnit(String prefix) {
        return trail.units(prefix);
    }

    public List<String> completeAction(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        return ACTIONS.stream().filter(a -> a.startsWith(p)).toList();
    }

    // ---- the table ----

    public LazyDataModel<AuditEntry> getTable() { return table; }
    public long getTotal() { return total; }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(AuditFilter.CITY));
    }

    public String outcomeCode(AuditEntry e) {
        return e.outcome() == null ? "none" : e.outcome().code();
    }

    // ---- CSV ----

    public boolean isCsvAllowed() {
        return total <= trail.exportMaxRows();
    }

    public long getCsvMaxRows() {
        return trail.exportMaxRows();
    }

    /** The download's address: the same filters as the page's. */
    public String getCsvUrl() {
        String query = params.query();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/audit/export.csv"
                + (query.isEmpty() ? "" : "?" + query);
    }

    // ---- flags ----

    public List<UnusualFlag> getFlags() { return flags.flags(); }
    public boolean isFlagsPartial() { return flags.partial(); }

    public String reason(UnusualFlag f) {
        FacesContext faces = FacesContext.getCurrentInstance();
        MessageFormat format = new MessageFormat(Messages.get(faces, f.kind().key()), faces.getViewRoot().getLocale());
        return format.format(f.args().toArray());
    }

    public String flagKind(UnusualFlag f) {
        return Messages.get(FacesContext.getCurrentInstance(), f.kind().key() + ".title");
    }

    // ---- usage charts ----

    public boolean isUsageEmpty() { return usage.isEmpty(); }

    /** The units with the most searches and exports in the period, most first. */
    public List<UnitTotal> getTopUnits() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (AuditUsage.Day d : usage) {
            long[] s = sums.computeIfAbsent(d.key(), k -> new long[3]);
            s[0] += d.searches();
            s[1] += d.exports();
            s[2] += d.exportedRows();
        }
        List<UnitTotal> out = new ArrayList<>();
        sums.forEach((unit, s) -> out.add(new UnitTotal(unit, s[0], s[1], s[2])));
        out.sort(Comparator.comparingLong((UnitTotal u) -> u.searches() + u.exports()).reversed().thenComparing(UnitTotal::unit));
        return out;
    }

    /** A unit's totals over the period; the unit is "" for events without one. */
    public record UnitTotal(String unit, long searches, long exports, long exportedRows) implements Serializable {
    }

    public String getSearchesChart() {
        return dailyChart(true);
    }

    public String getExportsChart() {
        return dailyChart(false);
    }

    public String getTopUnitsChart() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<UnitTotal> top = getTopUnits().stream().limit(10).toList();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder searches = JSON.createArrayBuilder();
        JsonArrayBuilder exports = JSON.createArrayBuilder();
        for (UnitTotal u : top) {
            labels.add(unitLabel(faces, u.unit()));
            searches.add(u.searches());
            exports.add(u.exports());
        }
        JsonObjectBuilder data = JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                .add(dataset(Messages.get(faces, "audit.usage.searches"), searches, 0))
                .add(dataset(Messages.get(faces, "audit.usage.exports"), exports, 1)));
        return config("bar", data, true, Messages.get(faces, "audit.usage.top"));
    }

    /** One line per top unit (and "other units"), one point per day of the period, zeros included. */
    private String dailyChart(boolean searches) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> units = getTopUnits().stream().map(UnitTotal::unit).toList();
        List<String> shown = units.stream().limit(CHART_UNITS).toList();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            days.add(d);
        }
        Map<String, long[]> series = new LinkedHashMap<>();
        shown.forEach(u -> series.put(u, new long[days.size()]));
        String other = "\u0000other";
        for (AuditUsage.Day d : usage) {
            int i = days.indexOf(d.day());
            if (i < 0) {
                continue;
            }
            String key = shown.contains(d.key()) ? d.key() : other;
            series.computeIfAbsent(key, k -> new long[days.size()])[i] += searches ? d.searches() : d.exports();
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("dd/MM");
        days.forEach(d -> labels.add(dayFormat.format(d)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<String, long[]> e : series.entrySet()) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            for (long v : e.getValue()) {
                values.add(v);
            }
            String label = e.getKey().equals(other) ? Messages.get(faces, "audit.usage.otherUnits") : unitLabel(faces, e.getKey());
            datasets.add(dataset(label, values, colour++));
        }
        String title = Messages.get(faces, searches ? "audit.usage.searchesPerDay" : "audit.usage.exportsPerDay");
        return config("bar", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets), true, title);
    }

    private static final String[] COLOURS = {"#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#6b7280"};

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, int colour) {
        String c = COLOURS[Math.min(colour, COLOURS.length - 1)];
        return JSON.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", c).add("borderColor", c);
    }

    /**
     * Chart.js configuration as JSON. Unit codes come from the trail: JSON-P escapes quotes, and '<' is
     * written as \\u003c so that no text can close the script element PrimeFaces puts the JSON in.
     */
    private static String config(String type, JsonObjectBuilder data, boolean stacked, String title) {
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", JSON.createObjectBuilder().add("title", JSON.createObjectBuilder()
                        .add("display", true).add("text", title)))
                .add("scales", JSON.createObjectBuilder().add("x", axis)
                        .add("y", JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                                .add("ticks", JSON.createObjectBuilder().add("precision", 0))));
        String json = JSON.createObjectBuilder().add("type", type).add("data", data).add("options", options).build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String unitLabel(FacesContext faces, String unit) {
        return unit == null || unit.isEmpty() ? Messages.get(faces, "audit.noUnit") : unit;
    }

    // ---- chain ----

    public String getChainStatus() {
        if (!chainChecked) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return chainBreak == null
                ? MessageFormat.format(Messages.get(faces, "audit.chain.intact"), chainVerifiedUpTo)
                : MessageFormat.format(Messages.get(faces, "audit.chain.broken"), chainVerifiedUpTo, chainBreak);
    }

    public boolean isChainIntact() { return chainBreak == null; }

    // ---- the filter fields (view parameters) ----

    public String getAccount() { return params.account; }
    public void setAccount(String v) { params.account = v; }
    public String getUnit() { return params.unit; }
    public void setUnit(String v) { params.unit = v; }
    public String getAction() { return params.action; }
    public void setAction(String v) { params.action = v; }
    public String getOutcome() { return params.outcome; }
    public void setOutcome(String v) { params.outcome = v; }
    public String getFrom() { return params.from; }
    public void setFrom(String v) { params.from = v; }
    public String getTo() { return params.to; }
    public void setTo(String v) { params.to = v; }

    /** The period as dates for the date pickers; the text view parameters stay the source of truth. */
    public LocalDate getFromDate() { return parse(params.from); }
    public void setFromDate(LocalDate d) { params.from = d == null ? null : d.toString(); }
    public LocalDate getToDate() { return parse(params.to); }
    public void setToDate(LocalDate d) { params.to = d == null ? null : d.toString(); }

    private static LocalDate parse(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private final class Table extends LazyDataModel<AuditEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return filter == null ? List.of() : trail.page(filter, first, pageSize <= 0 ? 25 : pageSize);
        }

        @Override
        public String getRowKey(AuditEntry e) {
            return Long.toString(e.id());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

}
