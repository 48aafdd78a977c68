package vn.langnghe.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.langnghe.account.AccountAdminService;
import vn.langnghe.account.AccountFilter;
import vn.langnghe.account.AccountPage;
import vn.langnghe.account.AccountView;
import vn.langnghe.account.AccountRules;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.account.Role;
import vn.langnghe.account.UnitService;

/**
 * The admins' page of accounts: a lazy table (the database pages, sorts and filters), the create and
 * edit dialog, the reset of a password (the generated one shown once, with a copy button) and
 * disable/enable. An account cannot be disabled by itself, and the last enabled admin stays one.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @EJB
    AccountAdminService accounts;

    @EJB
    UnitService units;

    @Inject
    SecurityContext security;

    private final Table table = new Table();
    private List<SelectItem> unitChoices = List.of();

    // the filter
    private String text;
    private String unit;
    private String role;
    private String state;

    // the dialog: editing == null for a new account
    private String editing;
    private String username;
    private String displayName;
    private String accountUnit;
    private List<String> roles = new ArrayList<>();

    // the generated password, shown once
    private String issuedFor;
    private String issuedPassword;

    // the account a confirmation is about
    private String target;
    private boolean targetEnabled;

    @PostConstruct
    void init() {
        if (!security.isCallerInRole("admin")) {
            throw new IllegalStateException("the accounts page is for admins");
        }
        unitChoices = units.list().stream().map(u -> new SelectItem(u.code(), u.name() + " (" + u.code() + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel, java.text.Collator.getInstance(new java.util.Locale("vi"))))
                .toList();
    }

    /** A new filter starts at the first page. */
    public void applyFilter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("accountsForm:accounts")
                instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    public void openNew() {
        editing = null;
        username = null;
        displayName = null;
        accountUnit = null;
        roles = new ArrayList<>(List.of(Role.ANALYST.group()));
    }

    public void openEdit(AccountView a) {
        editing = a.username();
        username = a.username();
        displayName = a.displayName();
        accountUnit = a.unit();
        roles = new ArrayList<>(a.roles().stream().map(Role::group).sorted().toList());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String problem = formProblem(faces);
        if (problem != null) {
            faces.addMessage("editorForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
            faces.validationFailed();
            return;
        }
        try {
            if (editing == null) {
                AccountAdminService.Issued issued = accounts.create(actor(), username, displayName, accountUnit, roles);
                issued(issued);
                PrimeFaces.current().executeScript("PF('editor').hide();PF('issued').show()");
            } else {
                AccountView a = accounts.update(actor(), editing, displayName, accountUnit, roles);
                info(faces, MessageFormat.format(Messages.get(faces, "accounts.saved"), a.username()));
                PrimeFaces.current().executeScript("PF('editor').hide()");
            }
        } catch (AdminRefusal e) {
            String text = e.kind() == AdminRefusal.Kind.DUPLICATE
                    ? MessageFormat.format(Messages.get(faces, "accounts.duplicate"), username)
                    : Messages.get(faces, "accounts.refused") + " " + e.getMessage();
            faces.addMessage("editorForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            faces.validationFailed();
        }
    }

    /** The mistakes a person typing the form makes, in the page's language (the service's checks stay). */
    private String formProblem(FacesContext faces) {
        if (editing == null) {
            try {
                AccountRules.username(username);
            } catch (AdminRefusal e) {
                return Messages.get(faces, "accounts.col.username") + ": " + Messages.get(faces, "accounts.usernameRule");
            }
        }
        if (displayName == null || displayName.isBlank()) {
            return Messages.get(faces, "accounts.nameRequired");
        }
        if (accountUnit == null || accountUnit.isBlank()) {
            return Messages.get(faces, "accounts.unitRequired");
        }
        if (roles.isEmpty()) {
            return Messages.get(faces, "accounts.roleRequired");
        }
        return null;
    }

    public void confirm(String username) {
        target = username;
        try {
            targetEnabled = accounts.get(username).enabled();
        } catch (AdminRefusal gone) {
            targetEnabled = false;
        }
    }

    public void resetPassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            issued(accounts.resetPassword(actor(), target));
            PrimeFaces.current().executeScript("PF('issued').show()");
        } catch (AdminRefusal e) {
            error(faces, e.getMessage());
        }
    }

    public void toggleEnabled() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            boolean enable = !accounts.get(target).enabled();
            AccountView a = accounts.setEnabled(actor(), target, enable);
            info(faces, MessageFormat.format(Messages.get(faces, a.enabled() ? "accounts.enabled" : "accounts.disabled"),
                    a.username()));
        } catch (AdminRefusal e) {
            error(faces, Messages.get(faces, "accounts.refused") + " " + e.getMessage());
        }
    }

    private void issued(AccountAdminService.Issued issued) {
        issuedFor = issued.account().username();
        issuedPassword = issued.password();
    }

    /** The password is forgotten as soon as the admin closes its dialog. */
    public void forgetPassword() {
        issuedFor = null;
        issuedPassword = null;
    }

    public boolean isSelf(AccountView a) {
        return a.username().equals(actor());
    }

    public String roleNames(AccountView a) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return String.join(", ", a.roles().stream().map(r -> Messages.get(faces, "role." + r.group())).toList());
    }

    public String lastLogin(AccountView a) {
        return a.lastLoginAt() == null ? "—" : WHEN.format(a.lastLoginAt());
    }

    public List<SelectItem> getRoleChoices() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Arrays.stream(Role.values()).map(r -> new SelectItem(r.group(), Messages.get(faces, "role." + r.group()))).toList();
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    private static void info(FacesContext faces, String s) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, s, null));
    }

    private static void error(FacesContext faces, String s) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, s, null));
    }

    /** The accounts as the database pages and sorts them, with the filter of the toolbar. */
    private final class Table extends LazyDataModel<AccountView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.list(filter(0, 1, null, false)).total();
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String sort = null;
            boolean descending = false;
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED && AccountFilter.SORTABLE.contains(s.getField())) {
                    sort = s.getField();
                    descending = s.getOrder() == SortOrder.DESCENDING;
                    break;
                }
            }
            int size = pageSize <= 0 ? 20 : Math.min(pageSize, AccountFilter.MAX_SIZE);
            AccountPage page = accounts.list(filter(Math.max(0, first) / size, size, sort, descending));
            setRowCount((int) page.total());
            return page.items();
        }

        private AccountFilter filter(int page, int size, String sort, boolean descending) {
            Role r = role == null || role.isBlank() ? null : Role.valueOf(role);
            Boolean enabled = state == null || state.isBlank() ? null : Boolean.valueOf(state);
            return new AccountFilter(unit, r, enabled, text, page, size, sort, descending);
        }

        @Override
        public String getRowKey(AccountView a) {
            return a.username();
        }

        @Override
        public AccountView getRowData(String key) {
            try {
                return accounts.get(key);
            } catch (AdminRefusal gone) {
                return null;
            }
        }
    }

    public Table getTable() { return table; }
    public List<SelectItem> getUnitChoices() { return unitChoices; }
    public String getText() { return text; }
    public void setText(String s) { text = s; }
    public String getUnit() { return unit; }
    public void setUnit(String s) { unit = s; }
    public String getRole() { return role; }
    public void setRole(String s) { role = s; }
    public String getState() { return state; }
    public void setState(String s) { state = s; }
    public String getEditing() { return editing; }
    public String getUsername() { return username; }
    public void setUsername(String s) { username = s; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String s) { displayName = s; }
    public String getAccountUnit() { return accountUnit; }
    public void setAccountUnit(String s) { accountUnit = s; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> l) { roles = l == null ? new ArrayList<>() : new ArrayList<>(l); }
    public String getIssuedFor() { return issuedFor; }
    public String getIssuedPassword() { return issuedPassword; }
    public String getTarget() { return target; }
    public boolean isTargetEnabled() { return targetEnabled; }
}
