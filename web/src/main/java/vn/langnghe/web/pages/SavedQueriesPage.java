package vn.langnghe.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.savedquery.SavedQueries;
import vn.langnghe.savedquery.SavedQuery;
import vn.langnghe.savedquery.SavedQueryDraft;
import vn.langnghe.savedquery.SavedQueryException;
import vn.langnghe.savedquery.SavedQueryList;
import vn.langnghe.savedquery.SavedQueryOrder;
import vn.langnghe.savedquery.SearchState;
import vn.langnghe.savedquery.Visibility;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchRequestException;

/**
 * Saved queries for every signed-in role: the reader's own and those shared with the reader's unit (lazy,
 * sortable), each opened on the search page; the owner edits and deletes, anyone who sees one duplicates it.
 * {@code ?new=1&q=…&f=…&from=…} (the search page's "save" link) opens the create dialog with that search;
 * {@code ?saved=<id>} says a query was just saved and links to it. The service decides and audits; this
 * page only words its refusals.
 */
@Named
@ViewScoped
public class SavedQueriesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @EJB
    SavedQueries saved;

    @EJB
    AccountService accounts;

    @Inject
    SecurityContext security;

    private Reader reader;
    private final Table table = new Table();

    // the dialog: a new query (editingId == null) or an existing one
    private boolean dialogOpen;
    private Long editingId;
    private boolean readOnly;
    private String owner;
    private String name;
    private String description;
    private String visibility = Visibility.PRIVATE.code();
    private String stateQuery;
    private String stateSummary;

    // a query just saved (?saved=<id>) and the one a delete confirmation is about
    private SavedQuery justSaved;
    private Long deleting;
    private String deletingName;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Principal caller = security.getCallerPrincipal();
        Account account = caller == null ? null : accounts.find(caller.getName()).orElse(null);
        if (account == null) {
            // signed in by the container but no account behind the name (deleted meanwhile): nothing to show
            error(faces, Messages.get(faces, "dashboard.noAccount"));
            return;
        }
        reader = Reader.of(account);
    }

    /**
     * The view action (before anything is rendered, so its messages show): the query just saved, and
     * the create dialog for {@code ?new=1}.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (reader == null || faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        String justSavedId = external.getRequestParameterMap().get("saved");
        if (justSavedId != null) {
            try {
                justSaved = saved.open(reader, Long.parseLong(justSavedId.strip()));
            } catch (NumberFormatException | SavedQueryException gone) {
                justSaved = null; // deleted meanwhile, or a hand-made address: the list says enough
            }
        }
        if ("1".equals(external.getRequestParameterMap().get("new"))) {
            prefill(faces, ((HttpServletRequest) external.getRequest()).getQueryString());
        }
    }

    /** The create dialog for the search in the address; a search the service would refuse opens nothing. */
    private void prefill(FacesContext faces, String queryString) {
        try {
            SearchState state = SearchState.parse(withoutNew(queryString));
            editingId = null;
            readOnly = false;
            owner = reader.username();
            name = null;
            description = null;
            visibility = Visibility.PRIVATE.code();
            stateQuery = state.query();
            stateSummary = SearchStateText.describe(state, Messages.bundle(faces));
            dialogOpen = true;
        } catch (SavedQueryException e) {
            error(faces, refusal(faces, e));
        }
    }

    /** The query string without the page's own {@code new=1}: the rest is the search's state. */
    static String withoutNew(String queryString) {
        if (queryString == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : queryString.split("&")) {
            if (!pair.isEmpty() && !pair.equals("new") && !pair.startsWith("new=")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    // ---- the table ----

    public LazyDataModel<SavedQuery> getTable() { return table; }
    public boolean isReady() { return reader != null; }

    public String summary(SavedQuery q) {
        return SearchStateText.describe(q.state(), Messages.bundle(FacesContext.getCurrentInstance()));
    }

    /** Where the search page opens it: {@code /search?<stored state>}. */
    public String openUrl(SavedQuery q) {
        String query = q.state().query();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search"
                + (query.isEmpty() ? "" : "?" + query);
    }

    public String updated(SavedQuery q) {
        return q.updatedAt() == null ? "—" : WHEN.format(q.updatedAt());
    }

    public boolean mine(SavedQuery q) {
        return reader != null && q.ownedBy(reader.username());
    }

    public String visibilityLabel(SavedQuery q) {
        return Messages.get(FacesContext.getCurrentInstance(), "saved.visibility." + q.visibility().code());
    }

    // ---- the dialog ----

    public void openEdit(SavedQuery listed) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SavedQuery q = saved.open(reader, listed.id());
            editingId = q.id();
            readOnly = !q.ownedBy(reader.username());
            owner = q.owner();
            name = q.name();
            description = q.description();
            visibility = q.visibility().code();
            stateQuery = q.state().query();
            stateSummary = SearchStateText.describe(q.state(), Messages.bundle(faces));
            dialogOpen = true;
            PrimeFaces.current().executeScript("PF('editor').show()");
        } catch (SavedQueryException e) {
            error(faces, refusal(faces, e));
        }
    }

    /** Creates (then goes to the list with the new query named) or changes the query of the dialog. */
    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (readOnly) {
            return null;
        }
        try {
            SavedQueryDraft draft = new SavedQueryDraft(name, description, Visibility.parse(visibility), stateQuery);
            if (editingId == null) {
                SavedQuery q = saved.create(reader, draft);
                dialogOpen = false;
                return "/saved-queries?faces-redirect=true&saved=" + q.id();
            }
            SavedQuery q = saved.update(reader, editingId, draft);
            dialogOpen = false;
            info(faces, MessageFormat.format(Messages.get(faces, "saved.updated"), q.name()));
            PrimeFaces.current().executeScript("PF('editor').hide()");
        } catch (SavedQueryException e) {
            faces.addMessage("editorForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(faces, e), null));
            faces.validationFailed();
        }
        return null;
    }

    public void duplicate(SavedQuery q) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SavedQuery copy = saved.duplicate(reader, q.id(), Messages.get(faces, "saved.copyPrefix"));
            info(faces, MessageFormat.format(Messages.get(faces, "saved.duplicated"), copy.name()));
        } catch (SavedQueryException e) {
            error(faces, refusal(faces, e));
        }
    }

    public void confirmDelete(SavedQuery q) {
        deleting = q.id();
        deletingName = q.name();
    }

    public void delete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (deleting == null) {
            return;
        }
        try {
            saved.delete(reader, deleting);
            info(faces, MessageFormat.format(Messages.get(faces, "saved.deleted"), deletingName));
            if (justSaved != null && justSaved.id() == deleting) {
                justSaved = null;
            }
        } catch (SavedQueryException e) {
            error(faces, refusal(faces, e));
        } finally {
            deleting = null;
        }
    }

    /** A refusal of the service in the page's language; the service's own sentence follows for a bad search. */
    static String refusal(FacesContext faces, SavedQueryException e) {
        String text = Messages.get(faces, "saved.problem." + e.problem().name());
        if (e.problem() == SavedQueryException.Problem.BAD_STATE) {
            String key = e.getCause() instanceof SearchRequestException s ? "saved.state." + s.problem().name() : null;
            if (key != null && Messages.bundle(faces).containsKey(key)) {
                text = text + " " + Messages.get(faces, key);
            }
            text = text + " (" + e.getMessage() + ")";
        } else if (e.problem() == SavedQueryException.Problem.NAME_TOO_LONG) {
            text = MessageFormat.format(text, SavedQueryDraft.MAX_NAME);
        } else if (e.problem() == SavedQueryException.Problem.DESCRIPTION_TOO_LONG) {
            text = MessageFormat.format(text, SavedQueryDraft.MAX_DESCRIPTION);
        }
        return text;
    }

    // ---- fields ----

    public boolean isDialogOpen() { return dialogOpen; }
    public boolean isCreating() { return dialogOpen && editingId == null; }
    public boolean isReadOnly() { return readOnly; }
    public String getOwner() { return owner; }
    public String getStateSummary() { return stateSummary; }
    public String getStateQuery() { return stateQuery; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String v) { visibility = v; }
    public int getMaxName() { return SavedQueryDraft.MAX_NAME; }
    public int getMaxDescription() { return SavedQueryDraft.MAX_DESCRIPTION; }
    public SavedQuery getJustSaved() { return justSaved; }
    public String getDeletingName() { return deletingName; }

    private static void info(FacesContext faces, String s) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, s, null));
    }

    private static void error(FacesContext faces, String s) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, s, null));
    }

    /** The saved queries as the service pages and sorts them. */
    private final class Table extends LazyDataModel<SavedQuery> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return reader == null ? 0 : (int) saved.list(reader, SavedQueryOrder.NEWEST, 1, 1).total();
        }

        @Override
        public List<SavedQuery> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (reader == null) {
                setRowCount(0);
                return List.of();
            }
            int size = pageSize <= 0 ? 20 : Math.min(pageSize, SavedQueries.MAX_ROWS);
            SavedQueryList page = saved.list(reader, order(sortBy), Math.max(0, first) / size + 1, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(SavedQuery q) {
            return Long.toString(q.id());
        }

        @Override
        public SavedQuery getRowData(String rowKey) {
            return null;
        }
    }

    /** The table's sort as one of the service's orders; newest first when none. */
    static SavedQueryOrder order(Map<String, SortMeta> sortBy) {
        for (SortMeta s : sortBy.values()) {
            if (s.getOrder() == null || s.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            boolean down = s.getOrder() == SortOrder.DESCENDING;
            switch (s.getField()) {
                case "name": return down ? SavedQueryOrder.NAME_DESC : SavedQueryOrder.NAME;
                case "owner": return down ? SavedQueryOrder.OWNER_DESC : SavedQueryOrder.OWNER;
                case "visibility": return down ? SavedQueryOrder.VISIBILITY_DESC : SavedQueryOrder.VISIBILITY;
                case "updatedAt": return down ? SavedQueryOrder.NEWEST : SavedQueryOrder.UPDATED;
                default: break;
            }
        }
        return SavedQueryOrder.NEWEST;
    }
}
