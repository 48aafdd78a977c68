package vn.langnghe.web.pages;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.account.UnitService;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;
import vn.langnghe.correction.CorrectedField;
import vn.langnghe.correction.Correction;
import vn.langnghe.correction.CorrectionException;
import vn.langnghe.correction.Corrections;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.PostDetail;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.PostView;
import vn.langnghe.search.Reader;

/**
 * One post ({@code /post?id=…}): its text, times, engagement and link, its conversation, what the analysis
 * read in it with the evidence, its near-duplicates and similar posts, all read through {@link PostSearch}
 * (scope, masking, audit); a post outside the reader's scope is answered 404 like a missing one. Analysts
 * and admins correct the sentiment, topics and places here ({@link Corrections}); everyone who may see the
 * post sees the history of its corrections.
 */
@Named
@ViewScoped
public class PostPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostPage.class.getName());
    static final int HEADING = 160;
    static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");

    @Inject
    PostSearch search;

    @Inject
    SecurityContext security;

    @EJB
    AccountService accounts;

    @EJB
    UnitService units;

    @EJB
    Corrections corrections;

    @Inject
    AuditLog audit;

    private String id;
    private Reader reader;
    private PostDetail detail;
    private List<Correction> history = List.of();
    private PlaceNames places;
    private List<String> topics = List.of();
    private String error;
    // the correction form
    private String newSentiment;
    private List<String> newTopics = new ArrayList<>();
    private List<String> newRegions = new ArrayList<>();
    // what the open confirmation is about
    private CorrectedField pendingField;
    private String pendingValue;

    /** The view action: the post in the reader's scope, or 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext ec = faces.getExternalContext();
        id = ec.getRequestParameterMap().get("id");
        Principal caller = security.getCallerPrincipal();
        Account account = caller == null ? null : accounts.find(caller.getName()).orElse(null);
        if (account == null) {
            notFound(faces);
            return;
        }
        reader = Reader.of(account);
        places = new PlaceNames(units.list(), Messages.get(faces, "post.region.city"));
        topics = units.scopeCodes().topics();
        try {
            if (!read()) {
                notFound(faces);
            }
        } catch (IndexingException e) {
            LOG.log(Level.FINE, "post page without Solr", e);
            error = Messages.get(faces, "dashboard.solrDown");
        }
    }

    /** Reads the post again (after a correction: what the index now holds); false when it is not there. */
    private boolean read() throws IndexingException {
        detail = search.detail(reader, id).orElse(null);
        if (detail == null) {
            return false;
        }
        history = corrections.history(reader, id);
        PostView p = detail.post();
        newSentiment = p.sentiment();
        newTopics = new ArrayList<>(p.topics());
        newRegions = new ArrayList<>(places.selected(detail.areas(), detail.units()));
        return true;
    }

    private static void notFound(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, "no such post");
        faces.responseComplete();
    }

    /** Analysts and admins correct; viewers read. */
    static boolean mayCorrect(Predicate<String> inRole) {
        return inRole.test("analyst") || inRole.test("admin");
    }

    public boolean isMayCorrect() {
        return mayCorrect(security::isCallerInRole);
    }

    /**
     * Opens the confirmation of a field's new value (old → new in words); nothing is stored yet. A viewer
     * is refused here already, and again when confirming.
     */
    public void ask(String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean ok = detail != null && isMayCorrect();
        if (detail != null && !ok) {
            refuse(faces, CorrectedField.parse(field));
        }
        if (ok) {
            pendingField = CorrectedField.parse(field);
            pendingValue = switch (pendingField) {
                case SENTIMENT -> newSentiment == null ? "" : newSentiment;
                case TOPICS -> String.join(",", newTopics == null ? List.of() : newTopics);
                case REGIONS -> String.join(",", newRegions == null ? List.of() : newRegions);
            };
        }
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("ok", ok);
    }

    /** The confirmation's "yes": applies the value asked about. */
    public void confirm() {
        if (pendingField == null) {
            return;
        }
        CorrectedField field = pendingField;
        pendingField = null;
        correct(field, pendingValue);
    }

    public String getPendingFieldLabel() {
        return pendingField == null ? "" : fieldLabel(pendingField.code());
    }

    /** What the post has now, in words. */
    public String getPendingOld() {
        if (pendingField == null || detail == null) {
            return "";
        }
        PostView p = detail.post();
        return switch (pendingField) {
            case SENTIMENT -> valueLabel("sentiment", p.sentiment());
            case TOPICS -> valueLabel("topics", String.join(",", p.topics()));
            case REGIONS -> valueLabel("regions", String.join(",", places.selected(detail.areas(), detail.units())));
        };
    }

    public String getPendingNew() {
        return pendingField == null ? "" : valueLabel(pendingField.code(), pendingValue);
    }

    private void refuse(FacesContext faces, CorrectedField field) {
        audit.record(AuditEvent.of(reader.username(), "correction").unit(reader.unitCode())
                .target("post:" + id).outcome(Outcome.DENIED).detail(field.code() + ": the account may not correct"));
        message(faces, FacesMessage.SEVERITY_ERROR, Messages.get(faces, "correction.notAllowed"));
    }

    /**
     * Applies a correction; refused server-side for a viewer whatever the browser sent (the form is not even
     * rendered for them), and for a value the correction rules refuse, in plain words.
     */
    void correct(CorrectedField field, String value) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (detail == null || reader == null) {
            message(faces, FacesMessage.SEVERITY_ERROR, Messages.get(faces, "post.notFound"));
            return;
        }
        if (!isMayCorrect()) {
            refuse(faces, field);
            return;
        }
        try {
            Correction c = corrections.correct(reader, id, field, value);
            read();
            message(faces, FacesMessage.SEVERITY_INFO, java.text.MessageFormat.format(Messages.get(faces, "correction.saved"),
                    fieldLabel(c.field().code()), valueLabel(c.field().code(), c.newValue())));
        } catch (CorrectionException e) {
            message(faces, FacesMessage.SEVERITY_ERROR, Messages.get(faces, "correction.refused") + " " + e.getMessage());
        } catch (IndexingException e) {
            LOG.log(Level.WARNING, "correction not applied", e);
            message(faces, FacesMessage.SEVERITY_ERROR, Messages.get(faces, "correction.indexDown"));
        }
    }

    private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    // ---- what the page shows ----

    public boolean isFound() { return detail != null; }
    public String getError() { return error; }
    public PostDetail getDetail() { return detail; }
    public PostView getPost() { return detail == null ? null : detail.post(); }
    public List<Correction> getHistory() { return history; }

    /** The title, or the text's beginning for a post without one; cut at {@value #HEADING} characters. */
    public String getHeading() {
        PostView p = getPost();
        if (p == null) {
            return "";
        }
        String t = p.title() != null && !p.title().isBlank() ? p.title() : p.text() == null ? "" : p.text();
        t = t.strip().replaceAll("\\s+", " ");
        return t.length() <= HEADING ? t : t.substring(0, HEADING - 1) + "…";
    }

    /** Whether the heading cut the title short, so the whole title is shown above the text. */
    public boolean isTitleCut() {
        PostView p = getPost();
        return p != null && p.title() != null && p.title().strip().replaceAll("\\s+", " ").length() > HEADING;
    }

    /** The link to the original, only when it is a web address (never a {@code javascript:} one). */
    public String getOriginalUrl() {
        PostView p = getPost();
        return p == null ? null : safeUrl(p.url());
    }

    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && u.chars().noneMatch(Character::isWhitespace)
                ? u : null;
    }

    public String absolute(PostView p) {
        return p == null ? "" : RelativeTime.absolute(p.createdAt());
    }

    public String ago(PostView p) {
        return p == null ? "" : RelativeTime.ago(p.createdAt(), Clock.systemUTC().instant(), bundle());
    }

    public String when(java.time.Instant t) {
        return RelativeTime.absolute(t);
    }

    public String postHref(PostView p) {
        return SearchLinks.post(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), p.id());
    }

    public String getKindLabel() {
        String k = getPost() == null ? null : getPost().kind();
        ResourceBundle b = bundle();
        return k == null ? "" : b.containsKey("post.kind." + k) ? b.getString("post.kind." + k) : k;
    }

    public String getSentimentScore() {
        Double s = detail == null ? null : detail.sentimentScore();
        return s == null ? "—" : String.format(Locale.ROOT, "%+.2f", s);
    }

    /** The calibrated probability that the model's label is right, as a percentage; empty when none (corrected). */
    public String getSentimentConfidence() {
        Double c = getPost() == null ? null : getPost().sentimentConfidence();
        return c == null ? "" : Math.round(c * 100) + " %";
    }

    public boolean isSentimentUncertain() {
        return getPost() != null && getPost().sentimentUncertain();
    }

    public String getLanguageLabel() {
        String l = detail == null ? null : detail.language();
        if (l == null || l.isBlank()) {
            return "—";
        }
        ResourceBundle b = bundle();
        return b.containsKey("post.language." + l) ? b.getString("post.language." + l) : l;
    }

    /** The post's places by name: its wards, then its areas. */
    public List<String> getRegionLabels() {
        if (detail == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        detail.units().forEach(u -> out.add(places.ward(u)));
        detail.areas().forEach(a -> out.add(places.area(a)));
        return out;
    }

    /**
     * What each topic of the post is said about it, labelled in the page's language; empty when the analysis
     * found no polar topic (the page then shows nothing). Read with the post, so a correction shows at once.
     */
    public List<TopicSentiment> getTopicSentiments() {
        return detail == null ? List.of() : TopicSentiment.of(detail.topicSentiments(), this::topicLabel);
    }

    public String topicLabel(String code) {
        ResourceBundle b = bundle();
        return b.containsKey("topic." + code) ? b.getString("topic." + code) : code;
    }

    /** A field of the history by name. */
    public String fieldLabel(String field) {
        return bundle().getString("correction.field." + field);
    }

    /** A history value (as stored: a label, topic codes, places) in words; "—" for none. */
    public String valueLabel(String field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        ResourceBundle b = bundle();
        return switch (field) {
            case "sentiment" -> b.containsKey("sentiment." + value) ? b.getString("sentiment." + value) : value;
            case "topics" -> String.join(", ", java.util.Arrays.stream(value.split(",")).map(this::topicLabel).toList());
            default -> places.places(value);
        };
    }

    public List<SelectItem> getSentimentChoices() {
        ResourceBundle b = bundle();
        return SENTIMENTS.stream().map(s -> new SelectItem(s, b.getString("sentiment." + s))).toList();
    }

    public List<SelectItem> getTopicChoices() {
        return topics.stream().map(t -> new SelectItem(t, topicLabel(t))).toList();
    }

    public List<SelectItem> getRegionChoices() {
        List<SelectItem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : places.choices().entrySet()) {
            out.add(new SelectItem(e.getKey(), e.getValue()));
        }
        return out;
    }

    public String getNewSentiment() { return newSentiment; }
    public void setNewSentiment(String v) { newSentiment = v; }
    public List<String> getNewTopics() { return newTopics; }
    public void setNewTopics(List<String> v) { newTopics = v; }
    public List<String> getNewRegions() { return newRegions; }
    public void setNewRegions(List<String> v) { newRegions = v; }

    private static ResourceBundle bundle() {
        return Messages.bundle(FacesContext.getCurrentInstance());
    }
}
