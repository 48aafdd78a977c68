package vn.langnghe.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.langnghe.harvest.CheckResult;
import vn.langnghe.harvest.ConfigCodec;
import vn.langnghe.harvest.ConnectorType;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.SourceForm;
import vn.langnghe.harvest.SourceService;
import vn.langnghe.harvest.SourceView;

/**
 * The admin page of sources: the table with each source's run record (refreshed every 2 s while a
 * source runs), the actions, and the add/edit dialog whose fields come from the connector type's
 * config record. Secrets typed into the dialog go to the service and are never shown back: the page
 * only knows which credentials are set.
 */
@Named
@ViewScoped
public class SourcesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Messages of the dialog are kept under this key, apart from the page's. */
    static final String EDITOR = "editor";
    /** After "run now", keep polling this long even before the run has claimed its source. */
    private static final long RUN_GRACE_MS = 8_000;

    @Inject
    SourceService service;

    @Inject
    SecurityContext security;

    private List<SourceRow> rows = List.of();
    private List<ConnectorType> types = List.of();
    private final Table table = new Table();
    private long pollUntil;
    private static final String DELETE = "delete";
    private static final String RESET_CURSOR = "resetCursor";
    private String confirmAction;
    private Long confirmId;
    private String confirmName;

    // the dialog
    private Long editingId;
    private String editingName;
    private String name;
    private String type;
    private String intervalValue;
    private String intervalUnit;
    private boolean createPaused;
    private List<String> credentialsSet = List.of();
    private Map<String, String> values = new LinkedHashMap<>();
    private Map<String, Boolean> flags = new LinkedHashMap<>();
    private Map<String, String> secrets = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        if (!security.isCallerInRole("admin")) {
            throw new IllegalStateException("the sources page is for admins");
        }
        types = service.types();
        refresh();
    }

    /** Reads the sources again (the poll, and after every action). */
    public void refresh() {
        rows = service.list().stream().map(SourceRow::new).toList();
    }

    public LazyDataModel<SourceRow> getTable() { return table; }
    public int getCount() { return rows.size(); }

    public boolean isAnyRunning() {
        return rows.stream().anyMatch(SourceRow::isRunning);
    }

    /** Whether the page should poll: a source runs, or a run was just asked for. */
    public boolean isPolling() {
        return isAnyRunning() || System.currentTimeMillis() < pollUntil;
    }

    // ---- row actions ----

    public void pause(long id) {
        act(id, "sources.paused", () -> service.pause(id, actor()));
    }

    public void resume(long id) {
        act(id, "sources.resumed", () -> service.resume(id, actor()));
    }

    public void resetCursor(long id) {
        act(id, "sources.cursorReset", () -> service.resetCursor(id, actor()));
    }

    public void runNow(long id) {
        act(id, "sources.runStarted", () -> {
            service.runNow(id, actor());
            return null;
        });
        pollUntil = System.currentTimeMillis() + RUN_GRACE_MS;
        PrimeFaces.current().executeScript("PF('sourcesPoll').start()");
    }

    public void delete(long id) {
        act(id, "sources.deleted", () -> {
            service.delete(id, actor());
            return null;
        });
    }

    public void check(long id) {
        Optional<SourceRow> row = row(id);
        if (row.isEmpty()) {
            gone(id);
            return;
        }
        try {
            report(null, row.get().getName(), service.check(id, actor()));
        } catch (InvalidSourceException e) {
            problems(null, e);
        }
    }

    // ---- the confirmation of delete and reset cursor ----
    // The source's name is shown as text in the page's own dialog. PrimeFaces' p:confirm would carry it
    // in its click handler, which under the CSP nonce mode is written into an inline script: quoted for
    // JavaScript, but a name holding "<!--<script>" still changes how the browser reads the script block.

    /** Opens the confirmation of {@code action} ("delete" or "resetCursor") for a source. */
    public void ask(String action, long id) {
        if (!DELETE.equals(action) && !RESET_CURSOR.equals(action)) {
            throw new IllegalArgumentException("nothing to confirm: " + action);
        }
        Optional<SourceRow> row = row(id);
        if (row.isEmpty()) {
            gone(id);
            return;
        }
        confirmAction = action;
        confirmId = id;
        confirmName = row.get().getName();
        PrimeFaces.current().ajax().addCallbackParam("asked", true);
    }

    /** Does what the open confirmation asked, once. */
    public void confirmed() {
        Long id = confirmId;
        String action = confirmAction;
        confirmId = null;
        confirmAction = null;
        confirmName = null;
        if (id == null) {
            return;
        }
        if (DELETE.equals(action)) {
            delete(id);
        } else {
            resetCursor(id);
        }
    }

    public boolean isConfirmingDelete() { return DELETE.equals(confirmAction); }
    public String getConfirmName() { return confirmName; }

    private interface Action {
        SourceView run() throws InvalidSourceException;
    }

    private void act(long id, String doneKey, Action action) {
        Optional<SourceRow> row = row(id);
        if (row.isEmpty()) {
            gone(id);
            return;
        }
        try {
            action.run();
            info(null, text(doneKey, row.get().getName()));
        } catch (InvalidSourceException e) {
            problems(null, e);
        }
        refresh();
    }

    private Optional<SourceRow> row(long id) {
        return rows.stream().filter(r -> r.getId() == id).findFirst();
    }

    private void gone(long id) {
        refresh();
        error(null, text("sources.gone", Long.toString(id)));
    }

    // ---- the dialog ----

    public void openNew() {
        editingId = null;
        editingName = null;
        name = "";
        createPaused = false;
        credentialsSet = List.of();
        type = types.isEmpty() ? null : types.get(0).type();
        intervalValue = "15";
        intervalUnit = "min";
        loadDefaults();
    }

    public void openEdit(long id) {
        Optional<SourceView> v = service.find(id);
        if (v.isEmpty()) {
            gone(id);
            PrimeFaces.current().ajax().addCallbackParam("missing", true);
            return;
        }
        SourceView s = v.get();
        editingId = id;
        editingName = s.name();
        name = s.name();
        type = s.type();
        createPaused = s.paused();
        credentialsSet = s.credentialsSet();
        long[] iv = SourceRow.interval(s.intervalSeconds());
        intervalValue = Long.toString(iv[0]);
        intervalUnit = SourceRow.UNITS[(int) iv[1]];
        values = new LinkedHashMap<>();
        flags = new LinkedHashMap<>();
        secrets = new LinkedHashMap<>();
        Map<String, String> defaults = currentType().map(ConnectorType::defaults).orElse(Map.of());
        for (FieldInput f : getFields()) {
            String value = s.config().getOrDefault(f.getName(), defaults.getOrDefault(f.getName(), ""));
            put(f, value);
        }
    }

    /** A new type: its own fields with their defaults (what was typed for the old type does not fit). */
    public void typeChanged() {
        loadDefaults();
    }

    private void loadDefaults() {
        values = new LinkedHashMap<>();
        flags = new LinkedHashMap<>();
        secrets = new LinkedHashMap<>();
        Map<String, String> defaults = currentType().map(ConnectorType::defaults).orElse(Map.of());
        for (FieldInput f : getFields()) {
            put(f, defaults.getOrDefault(f.getName(), ""));
        }
    }

    private void put(FieldInput f, String value) {
        if (f.isBoolean()) {
            flags.put(f.getName(), Boolean.parseBoolean(value));
        } else {
            values.put(f.getName(), value == null ? "" : value);
        }
    }

    public void save() {
        SourceForm form;
        try {
            form = form();
        } catch (InvalidSourceException e) {
            problems(EDITOR, e);
            return;
        }
        try {
            SourceView saved = editingId == null
                    ? service.create(form, createPaused, actor())
                    : service.update(editingId, form, actor());
            secrets = new LinkedHashMap<>();
            info(null, text("sources.saved", saved.name()));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (InvalidSourceException e) {
            problems(EDITOR, e);
        }
        refresh();
    }

    /** Tests what the dialog holds, unsaved (with the stored secrets where the dialog leaves them blank). */
    public void checkForm() {
        try {
            report(EDITOR, name == null || name.isBlank() ? "" : name.strip(), service.check(form(), editingId, actor()));
        } catch (InvalidSourceException e) {
            problems(EDITOR, e);
        }
    }

    private SourceForm form() throws InvalidSourceException {
        Map<String, String> config = new LinkedHashMap<>();
        for (FieldInput f : getFields()) {
            if (f.isBoolean()) {
                config.put(f.getName(), Boolean.toString(Boolean.TRUE.equals(flags.get(f.getName()))));
            } else {
                config.put(f.getName(), values.getOrDefault(f.getName(), ""));
            }
        }
        Map<String, String> creds = new LinkedHashMap<>();
        for (String c : currentType().map(ConnectorType::credentialNames).orElse(List.of())) {
            String secret = secrets.get(c);
            if (secret != null && !secret.isBlank()) {
                creds.put(c, secret);
            }
        }
        return new SourceForm(name, type, config, creds, intervalSeconds());
    }

    private int intervalSeconds() throws InvalidSourceException {
        String v = intervalValue == null ? "" : intervalValue.strip();
        try {
            long seconds = Long.parseLong(v) * SourceRow.unitSeconds(intervalUnit);
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seconds));
        } catch (NumberFormatException e) {
            throw new InvalidSourceException(text("sources.intervalNotNumber", v));
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(text("sources.intervalNotNumber", String.valueOf(intervalUnit)));
        }
    }

    private Optional<ConnectorType> currentType() {
        return types.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /** The dialog's config fields, from the connector type's config record. */
    public List<FieldInput> getFields() {
        ResourceBundle b = bundle();
        return currentType().map(t -> t.fields().stream()
                .map(f -> new FieldInput(f.name(), f.kind().name(), f.choices(), label(b, "sources.field.", f.name())))
                .toList()).orElse(List.of());
    }

    /** The type's credentials, with whether the edited source has each set (never its value). */
    public List<CredentialInput> getCredentials() {
        ResourceBundle b = bundle();
        return currentType().map(t -> t.credentialNames().stream()
                .map(c -> new CredentialInput(c, label(b, "sources.credential.", c), credentialsSet.contains(c)))
                .toList()).orElse(List.of());
    }

    public List<TypeOption> getTypes() {
        return types.stream().map(t -> new TypeOption(t.type(), t.displayName())).toList();
    }

    public String choiceLabel(String choice) {
        return label(bundle(), "sources.choice.", choice);
    }

    /** The bundle's label for a field or credential, else its name made readable: pageSize → Page size. */
    static String label(ResourceBundle bundle, String prefix, String name) {
        if (bundle != null && bundle.containsKey(prefix + name)) {
            return bundle.getString(prefix + name);
        }
        return humanize(name);
    }

    static String humanize(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().replace('_', ' ');
    }

    // ---- messages ----

    private void report(String key, String sourceName, CheckResult r) {
        if (r.ok()) {
            info(key, text("sources.checkOk", sourceName), r.message());
        } else {
            error(key, text("sources.checkFailed", sourceName, r.kind()), r.message());
        }
    }

    private void problems(String key, InvalidSourceException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(faces, "sources.refused"),
                String.join(" · ", e.problems())));
        faces.validationFailed();
    }

    private static void info(String key, String summary) {
        info(key, summary, null);
    }

    private static void info(String key, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
    }

    private static void error(String key, String summary) {
        error(key, summary, null);
    }

    private static void error(String key, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
    }

    private static String text(String key, String... args) {
        return java.text.MessageFormat.format(Messages.get(FacesContext.getCurrentInstance(), key).replace("'", "''"),
                (Object[]) args);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? null : Messages.bundle(faces);
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    // ---- the dialog's properties ----

    public boolean isEditing() { return editingId != null; }
    public String getEditingName() { return editingName; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getIntervalValue() { return intervalValue; }
    public void setIntervalValue(String intervalValue) { this.intervalValue = intervalValue; }
    public String getIntervalUnit() { return intervalUnit; }
    public void setIntervalUnit(String intervalUnit) { this.intervalUnit = intervalUnit; }
    public boolean isCreatePaused() { return createPaused; }
    public void setCreatePaused(boolean createPaused) { this.createPaused = createPaused; }
    public Map<String, String> getValues() { return values; }
    public Map<String, Boolean> getFlags() { return flags; }
    public Map<String, String> getSecrets() { return secrets; }
    public List<String> getIntervalUnits() { return List.of(SourceRow.UNITS); }

    /** One config field of the dialog. */
    public static final class FieldInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String kind;
        private final List<String> choices;
        private final String label;

        FieldInput(String name, String kind, List<String> choices, String label) {
            this.name = name;
            this.kind = kind;
            this.choices = List.copyOf(choices);
            this.label = label;
        }

        public String getName() { return name; }
        public String getKind() { return kind; }
        public List<String> getChoices() { return choices; }
        public String getLabel() { return label; }
        public boolean isBoolean() { return ConfigCodec.Kind.BOOLEAN.name().equals(kind); }
    }

    /** One credential of the dialog: its name, label and whether the source has it set. */
    public static final class CredentialInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String label;
        private final boolean set;

        CredentialInput(String name, String label, boolean set) {
            this.name = name;
            this.label = label;
            this.set = set;
        }

        public String getName() { return name; }
        public String getLabel() { return label; }
        public boolean isSet() { return set; }
    }

    /** A connector type in the dialog's type menu. */
    public static final class TypeOption implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final String label;

        TypeOption(String type, String label) {
            this.type = type;
            this.label = label;
        }

        public String getType() { return type; }
        public String getLabel() { return label; }
    }

    /** The table's rows, sorted and paged here (the rows are few; the list is read on every refresh). */
    private final class Table extends LazyDataModel<SourceRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return rows.size();
        }

        @Override
        public List<SourceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<SourceRow> sorted = new ArrayList<>(rows);
            Comparator<SourceRow> order = null;
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() == null || s.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                Comparator<SourceRow> c = SourceRow.order(s.getField(), s.getOrder() == SortOrder.DESCENDING);
                if (c != null) {
                    order = order == null ? c : order.thenComparing(c);
                }
            }
            if (order != null) {
                sorted.sort(order);
            }
            int from = Math.min(Math.max(0, first), sorted.size());
            int to = Math.min(sorted.size(), from + (pageSize <= 0 ? sorted.size() : pageSize));
            setRowCount(sorted.size());
            return sorted.subList(from, to);
        }

        @Override
        public String getRowKey(SourceRow row) {
            return Long.toString(row.getId());
        }

        @Override
        public SourceRow getRowData(String rowKey) {
            return rows.stream().filter(r -> Long.toString(r.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
