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
import java.text.Collator;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.PrimeFaces;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.account.UnitService;
import vn.langnghe.apiclient.ApiClientDraft;
import vn.langnghe.apiclient.ApiClientService;
import vn.langnghe.apiclient.ApiClientView;
import vn.langnghe.apiclient.IssuedToken;
import vn.langnghe.apiclient.Permission;

/**
 * The admins' page of API clients (the consuming systems): the table, the register and edit dialog, the
 * token of a registration or a rotation shown once (with a copy button, forgotten when its dialog
 * closes), rotation with an overlap and revocation after a confirmation. The same service as
 * {@code /api/v1/clients}, so both are audited alike.
 */
@Named
@ViewScoped
public class ClientsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The city's time: what an admin means by a date. */
    static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CITY);

    @EJB
    ApiClientService clients;

    @EJB
    UnitService units;

    @Inject
    SecurityContext security;

    // read in init(): a view-scoped bean may only depend on passivation-capable beans, and the config
    // producer of @ConfigProperty is not one (WELD-001413 at deployment)
    private int defaultOverlapHours;
    private int defaultRatePerMinute;

    private List<ApiClientView> rows = List.of();
    private List<SelectItem> unitChoices = List.of();

    // the dialog: editing == null for a new client
    private Long editing;
    private String name;
    private String description;
    private String unit;
    private List<String> permissions = new ArrayList<>();
    private Integer rateLimit;
    private LocalDate expiry;

    // the token, shown once
    private String issuedFor;
    private String issuedToken;

    // the client a confirmation is about
    private Long target;
    private String targetName;
    private Integer overlapHours;

    @PostConstruct
    void init() {
        if (!security.isCallerInRole("admin")) {
            throw new IllegalStateException("the API clients page is for admins");
        }
        unitChoices = units.list().stream().map(u -> new SelectItem(u.code(), u.name() + " (" + u.code() + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel, Collator.getInstance(Locale.forLanguageTag("vi"))))
                .toList();
        Config config = ConfigProvider.getConfig();
        defaultOverlapHours = config.getOptionalValue("langnghe.api.token-overlap-hours", Integer.class).orElse(24);
        defaultRatePerMinute = config.getOptionalValue("langnghe.api.rate-limit-per-minute", Integer.class).orElse(600);
        reload();
    }

    private void reload() {
        rows = clients.list();
    }

    public void openNew() {
        editing = null;
        name = null;
        description = null;
        unit = null;
        permissions = new ArrayList<>(List.of(Permission.POSTS_READ.code()));
        rateLimit = defaultRatePerMinute;
        expiry = null;
    }

    public void openEdit(ApiClientView c) {
        editing = c.id();
        name = c.name();
        description = c.description();
        unit = c.unitCode();
        permissions = new ArrayList<>(c.permissions());
        rateLimit = c.rateLimitPerMinute();
        expiry = c.expiresAt() == null ? null : lastDay(c.expiresAt());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String problem = formProblem(faces);
        if (problem != null) {
            refuse(faces, problem);
            return;
        }
        try {
            if (editing == null) {
                IssuedToken t = clients.register(actor(), new ApiClientDraft(name, description, unit, permissions, rateLimit,
                        expiresAt(expiry)));
                issued(t);
                PrimeFaces.current().executeScript("PF('editor').hide();PF('issued').show()");
            } else {
                ApiClientView before = clients.get(editing);
                // a date the admin left alone keeps its instant (an expiry in the past may stay as it was)
                Instant at = expiry != null && before.expiresAt() != null && expiry.equals(lastDay(before.expiresAt()))
                        ? before.expiresAt() : expiresAt(expiry);
                ApiClientView c = clients.change(actor(), editing, new ApiClientDraft(before.name(), description,
                        before.unitCode(), permissions, rateLimit, at));
                info(faces, MessageFormat.format(Messages.get(faces, "clients.saved"), c.name()));
                PrimeFaces.current().executeScript("PF('editor').hide()");
            }
            reload();
        } catch (AdminRefusal e) {
            refuse(faces, e.kind() == AdminRefusal.Kind.DUPLICATE
                    ? MessageFormat.format(Messages.get(faces, "clients.duplicate"), name)
                    : Messages.get(faces, "accounts.refused") + " " + e.getMessage());
        }
    }

    private static void refuse(FacesContext faces, String text) {
        faces.addMessage("clientEditorForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** The mistakes a person typing the form makes, in the page's language (the service's checks stay). */
    private String formProblem(FacesContext faces) {
        if (editing == null && (name == null || !name.strip().toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9._-]{2,63}"))) {
            return Messages.get(faces, "clients.col.name") + ": " + Messages.get(faces, "clients.nameRule");
        }
        if (editing == null && (unit == null || unit.isBlank())) {
            return Messages.get(faces, "clients.unitRequired");
        }
        if (permissions.isEmpty()) {
            return Messages.get(faces, "clients.permissionRequired");
        }
        if (rateLimit == null || rateLimit < 1 || rateLimit > ApiClientService.MAX_RATE_PER_MINUTE) {
            return MessageFormat.format(Messages.get(faces, "clients.rateRule"), ApiClientService.MAX_RATE_PER_MINUTE);
        }
        return null;
    }

    /** The expiry date is the last day the token works: it ends when that day ends in the city. */
    static Instant expiresAt(LocalDate lastDay) {
        return lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(CITY).toInstant();
    }

    static LocalDate lastDay(Instant expiresAt) {
        return expiresAt.atZone(CITY).minusNanos(1).toLocalDate();
    }

    public void confirm(ApiClientView c) {
        target = c.id();
        targetName = c.name();
        overlapHours = defaultOverlapHours;
    }

    public void rotate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (overlapHours == null) {
                throw AdminRefusal.invalid(MessageFormat.format(Messages.get(faces, "clients.overlapRule"),
                        ApiClientService.MAX_OVERLAP.toHours()));
            }
            issued(clients.rotate(actor(), target, Duration.ofHours(overlapHours)));
            PrimeFaces.current().executeScript("PF('confirmRotate').hide();PF('issued').show()");
            reload();
        } catch (AdminRefusal e) {
            faces.addMessage("rotateForm", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(faces, "accounts.refused") + " " + e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public void revoke() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApiClientView c = clients.revoke(actor(), target);
            info(faces, MessageFormat.format(Messages.get(faces, "clients.revoked"), c.name()));
            reload();
        } catch (AdminRefusal e) {
            error(faces, Messages.get(faces, "accounts.refused") + " " + e.getMessage());
        }
    }

    private void issued(IssuedToken t) {
        issuedFor = t.client().name();
        issuedToken = t.token();
    }

    /** The token is forgotten as soon as the admin closes its dialog. */
    public void forgetToken() {
        issuedFor = null;
        issuedToken = null;
    }

    public String permissionNames(ApiClientView c) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return String.join(", ", c.permissions().stream().map(p -> Messages.get(faces, "clients.permission." + p)).toList());
    }

    public String status(ApiClientView c) {
        return Messages.get(FacesContext.getCurrentInstance(), "clients.status." + c.status());
    }

    public String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    public List<SelectItem> getPermissionChoices() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Arrays.stream(Permission.values())
                .map(p -> new SelectItem(p.code(), Messages.get(faces, "clients.permission." + p.code()) + " (" + p.code() + ")"))
                .toList();
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

    public List<ApiClientView> getRows() { return rows; }
    public List<SelectItem> getUnitChoices() { return unitChoices; }
    public Long getEditing() { return editing; }
    public String getName() { return name; }
    public void setName(String s) { name = s; }
    public String getDescription() { return description; }
    public void setDescription(String s) { description = s; }
    public String getUnit() { return unit; }
    public void setUnit(String s) { unit = s; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> l) { permissions = l == null ? new ArrayList<>() : new ArrayList<>(l); }
    public Integer getRateLimit() { return rateLimit; }
    public void setRateLimit(Integer n) { rateLimit = n; }
    public LocalDate getExpiry() { return expiry; }
    public void setExpiry(LocalDate d) { expiry = d; }
    public LocalDate getToday() { return LocalDate.now(CITY); }
    public String getIssuedFor() { return issuedFor; }
    public String getIssuedToken() { return issuedToken; }
    public String getTargetName() { return targetName; }
    public Integer getOverlapHours() { return overlapHours; }
    public void setOverlapHours(Integer h) { overlapHours = h; }
    public long getMaxOverlapHours() { return ApiClientService.MAX_OVERLAP.toHours(); }
}
