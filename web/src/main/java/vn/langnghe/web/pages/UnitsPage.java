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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.langnghe.account.AccountRules;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.account.ScopeCodes;
import vn.langnghe.account.UnitKind;
import vn.langnghe.account.UnitService;
import vn.langnghe.account.UnitView;

/**
 * The admins' page of units: the tree (the city, then the standing unit, the departments and the former
 * districts with their local units), the data scope of the selected unit picked by name, its
 * personal-data clearance (with a reason) and the creation of a unit.
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    UnitService units;

    @Inject
    SecurityContext security;

    private TreeNode<Object> root;
    private TreeNode<Object> selectedNode;
    private ScopeCodes codes;
    private List<UnitView> all = List.of();
    private UnitView selected;

    // the scope editor
    private boolean limited;
    private List<String> areas = new ArrayList<>();
    private List<String> wards = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    // the clearance
    private boolean clearance;
    private String reason;
    // a new unit
    private String newCode;
    private String newName;
    private String newKind = "WARD";
    private String newParent;

    @PostConstruct
    void init() {
        if (!security.isCallerInRole("admin")) {
            throw new IllegalStateException("the units page is for admins");
        }
        codes = units.scopeCodes();
        // units.xhtml?unit=ward-26734 opens with that unit selected (a link from elsewhere, a bookmark)
        reload(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("unit"));
    }

    private void reload(String select) {
        all = units.list();
        root = new DefaultTreeNode<>("root", null);
        TreeNode<Object> city = new DefaultTreeNode<>("city", (Object) "city", root);
        city.setExpanded(true);
        Map<String, TreeNode<Object>> nodes = new HashMap<>();
        // parents come first in the list (UnitService.list)
        for (UnitView u : all) {
            TreeNode<Object> parent = u.parent() == null ? city : nodes.getOrDefault(u.parent(), city);
            TreeNode<Object> n = new DefaultTreeNode<>(u.kind().name().toLowerCase(java.util.Locale.ROOT), u, parent);
            nodes.put(u.code(), n);
        }
        sortChildren(city);
        if (select != null && nodes.containsKey(select)) {
            TreeNode<Object> n = nodes.get(select);
            n.setSelected(true);
            for (TreeNode<Object> p = n.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            selectedNode = n;
            show((UnitView) n.getData());
        }
    }

    /** The standing unit first, then departments, then districts; by name within each kind. */
    private static void sortChildren(TreeNode<Object> node) {
        List<TreeNode<Object>> children = new ArrayList<>(node.getChildren());
        children.sort(Comparator.comparing((TreeNode<Object> n) -> ((UnitView) n.getData()).kind().ordinal())
                .thenComparing(n -> ((UnitView) n.getData()).name(), java.text.Collator.getInstance(new java.util.Locale("vi"))));
        node.getChildren().clear();
        for (TreeNode<Object> c : children) {
            node.getChildren().add(c);
            sortChildren(c);
        }
    }

    public void onSelect(NodeSelectEvent event) {
        if (event.getTreeNode().getData() instanceof UnitView u) {
            show(u);
        } else {
            selected = null;
        }
    }

    private void show(UnitView u) {
        selected = u;
        limited = !u.scope().wholeCity();
        areas = new ArrayList<>(u.scope().areas());
        wards = new ArrayList<>(u.scope().wards());
        topics = new ArrayList<>(u.scope().topics());
        clearance = u.personalDataClearance();
        reason = null;
    }

    public void saveScope() {
        if (selected == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            UnitView u = limited ? units.changeScope(actor(), selected.code(), areas, wards, topics)
                    : units.changeScope(actor(), selected.code(), List.of(), List.of(), List.of());
            reload(u.code());
            info(faces, MessageFormat.format(Messages.get(faces, "units.scopeSaved"), u.name()));
        } catch (AdminRefusal e) {
            error(faces, Messages.get(faces, "units.refused") + " " + e.getMessage());
        }
    }

    public void saveClearance() {
        if (selected == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clearance == selected.personalDataClearance()) {
            info(faces, Messages.get(faces, "units.clearanceUnchanged"));
            return;
        }
        if (reason == null || reason.isBlank()) {
            faces.addMessage("unitForm:reason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(faces, "units.reasonRequired"), null));
            faces.validationFailed();
            return;
        }
        try {
            UnitView u = units.changeClearance(actor(), selected.code(), clearance, reason);
            reload(u.code());
            info(faces, MessageFormat.format(Messages.get(faces,
                    u.personalDataClearance() ? "units.clearanceGranted" : "units.clearanceWithdrawn"), u.name()));
        } catch (AdminRefusal e) {
            error(faces, Messages.get(faces, "units.refused") + " " + e.getMessage());
        }
    }

    public void openNew() {
        newCode = null;
        newName = null;
        newKind = "WARD";
        newParent = selected == null ? null : selected.code();
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String problem = newUnitProblem(faces);
        if (problem != null) {
            faces.addMessage("newUnitForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
            faces.validationFailed();
            return;
        }
        try {
            UnitView u = units.create(actor(), newCode, newName, newKind, newParent);
            reload(u.code());
            info(faces, MessageFormat.format(Messages.get(faces, "units.created"), u.name()));
            org.primefaces.PrimeFaces.current().executeScript("PF('newUnit').hide()");
        } catch (AdminRefusal e) {
            faces.addMessage("newUnitForm", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(faces, "units.refused") + " " + e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** The mistakes a person typing the form makes, in the page's language (the service's checks stay). */
    private String newUnitProblem(FacesContext faces) {
        try {
            AccountRules.unitCode(newCode);
        } catch (AdminRefusal e) {
            return Messages.get(faces, "units.field.code") + ": " + Messages.get(faces, "units.codeRule");
        }
        if (newName == null || newName.isBlank()) {
            return Messages.get(faces, "units.nameRequired");
        }
        if (all.stream().anyMatch(u -> u.code().equals(newCode.strip()))) {
            return MessageFormat.format(Messages.get(faces, "units.duplicate"), newCode.strip());
        }
        return null;
    }

    // ---- what the page shows ----

    /** Name of a node for the tree: the city, or a unit's name. */
    public String label(Object data) {
        return data instanceof UnitView u ? u.name() : Messages.get(FacesContext.getCurrentInstance(), "units.city");
    }

    public List<SelectItem> getAreaChoices() {
        return choices(codes.areas());
    }

    public List<SelectItem> getWardChoices() {
        return choices(codes.wards());
    }

    public List<SelectItem> getTopicChoices() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return codes.topics().stream().map(t -> new SelectItem(t, Messages.get(faces, "topic." + t))).toList();
    }

    public List<SelectItem> getParentChoices() {
        return all.stream().filter(u -> u.kind() != UnitKind.WARD)
                .map(u -> new SelectItem(u.code(), u.name() + " (" + u.code() + ")")).toList();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(UnitKind.values()).map(Enum::name).toList();
    }

    /** The scope in words, names first: what the selected unit sees today. */
    public String describe(UnitView u) {
        return ScopeText.describe(FacesContext.getCurrentInstance(), u.scope(), codes);
    }

    private static List<SelectItem> choices(Map<String, String> named) {
        return named.entrySet().stream()
                .map(e -> new SelectItem(e.getKey(), e.getValue() + " (" + e.getKey() + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel, java.text.Collator.getInstance(new java.util.Locale("vi"))))
                .toList();
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    private static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public TreeNode<Object> getRoot() { return root; }
    public TreeNode<Object> getSelectedNode() { return selectedNode; }
    public void setSelectedNode(TreeNode<Object> n) { selectedNode = n; }
    public UnitView getSelected() { return selected; }
    public boolean isLimited() { return limited; }
    public void setLimited(boolean b) { limited = b; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> l) { areas = l == null ? new ArrayList<>() : new ArrayList<>(l); }
    public List<String> getWards() { return wards; }
    public void setWards(List<String> l) { wards = l == null ? new ArrayList<>() : new ArrayList<>(l); }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> l) { topics = l == null ? new ArrayList<>() : new ArrayList<>(l); }
    public boolean isClearance() { return clearance; }
    public void setClearance(boolean b) { clearance = b; }
    public String getReason() { return reason; }
    public void setReason(String s) { reason = s; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String s) { newCode = s; }
    public String getNewName() { return newName; }
    public void setNewName(String s) { newName = s; }
    public String getNewKind() { return newKind; }
    public void setNewKind(String s) { newKind = s; }
    public String getNewParent() { return newParent; }
    public void setNewParent(String s) { newParent = s; }
}
