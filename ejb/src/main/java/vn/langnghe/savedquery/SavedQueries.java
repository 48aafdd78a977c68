package vn.langnghe.savedquery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.ScopedQuery;
import vn.langnghe.search.SearchPage;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchRequestException;

/**
 * Saved queries for pages and the API: list (the reader's own and those shared with the reader's unit),
 * open, run, create, edit, duplicate, delete. Only the owner edits or deletes; a query the reader may
 * not open looks exactly like a missing one. A query is run with the reader's own scope, whoever saved
 * it: the stored state has no scope in it. Every change is audited ({@code saved-query.create},
 * {@code .update}, {@code .delete}, target {@code saved-query:<id>}), refusals as {@code denied}.
 * No container transaction: each statement commits by itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SavedQueries {
    public static final int MAX_ROWS = 100;
    /** How a copy's name begins unless the page says otherwise: the product speaks Vietnamese first. */
    public static final String DEFAULT_COPY_PREFIX = "Bản sao của ";

    @Resource(lookup = "jdbc/langnghe")
    DataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    PostSearch posts;

    private Clock clock = Clock.systemUTC();
    private SavedQueryStore store;

    /** For the container (a session bean needs a public constructor without parameters). */
    public SavedQueries() {
    }

    /** Outside a server (tests, tools). */
    public SavedQueries(DataSource dataSource, AuditLog audit, PostSearch posts, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.posts = posts;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        store = new SavedQueryStore(dataSource);
    }

    /** The reader's own queries and those shared with the reader's unit, one page (from 1) of 1–100. */
    public SavedQueryList list(Reader reader, SavedQueryOrder order, int page, int rows) {
        if (page < 1 || rows < 1 || rows > MAX_ROWS) {
            throw new SavedQueryException(SavedQueryException.Problem.BAD_PAGE,
                    "pages are counted from 1 and hold from 1 to " + MAX_ROWS + " saved queries");
        }
        return store.visibleTo(reader.username(), unit(reader), order == null ? SavedQueryOrder.NEWEST : order, page, rows);
    }

    /** A query the reader may open (their own, or shared with their unit); otherwise NOT_FOUND. */
    public SavedQuery open(Reader reader, long id) {
        return store.find(id).filter(q -> mayOpen(reader, q)).orElseThrow(() -> notFound(id));
    }

    /**
     * Runs a saved query for this reader, in this reader's scope (the search adds it, audited as every
     * search is). A colleague opening a shared query sees what their own unit may see, not the owner's.
     */
    public SearchPage run(Reader reader, long id, int page, int rows) throws IndexingException {
        return posts.search(reader, open(reader, id).state().request(page, rows));
    }

    public SavedQuery create(Reader reader, SavedQueryDraft draft) {
        return create(reader, draft, "");
    }

    /** Creates it; {@code note} ends the audit detail (what it is a copy of). */
    private SavedQuery create(Reader reader, SavedQueryDraft draft, String note) {
        AuditEvent event = AuditEvent.of(reader.username(), "saved-query.create").unit(reader.unitCode());
        SavedQueryDraft d;
        SearchState state;
        try {
            d = draft.checked();
            state = checkedState(reader, d.urlState());
        } catch (SavedQueryException e) {
            audit.record(event.outcome(Outcome.DENIED).detail(e.getMessage() + note));
            throw e;
        }
        long id = store.insert(d, state, reader.username(), unit(reader), now());
        audit.record(event.target(target(id)).detail(describe(d, state) + note));
        return store.find(id).orElseThrow();
    }

    /** Changes name, description, visibility and search of the owner's query. */
    public SavedQuery update(Reader reader, long id, SavedQueryDraft draft) {
        AuditEvent event = AuditEvent.of(reader.username(), "saved-query.update").unit(reader.unitCode()).target(target(id));
        SavedQuery before;
        SavedQueryDraft d;
        SearchState state;
        try {
            before = owned(reader, id);
            d = draft.checked();
            state = checkedState(reader, d.urlState());
        } catch (SavedQueryException e) {
            audit.record(event.outcome(Outcome.DENIED).detail(e.getMessage()));
            throw e;
        }
        if (!store.update(id, reader.username(), d, state, now())) {
            audit.record(event.outcome(Outcome.DENIED).detail("no such saved query"));
            throw notFound(id);
        }
        audit.record(event.detail(changes(before, d, state)));
        return store.find(id).orElseThrow();
    }

    /** A copy, owned by the reader, of a query the reader may open; private, named "Bản sao của <name>". */
    public SavedQuery duplicate(Reader reader, long id) {
        return duplicate(reader, id, DEFAULT_COPY_PREFIX);
    }

    /**
     * A copy, owned by the reader, of a query the reader may open (their own or one shared with their
     * unit); private, named {@code prefix + name} (the page gives the prefix in the reader's language),
     * the original name shortened with "…" when both would not fit. Audited as {@code saved-query.create}
     * with {@code copy-of=saved-query:<id>}.
     */
    public SavedQuery duplicate(Reader reader, long id, String prefix) {
        SavedQuery original = open(reader, id);
        String p = prefix == null ? "" : prefix;
        String name = p + original.name();
        if (name.length() > SavedQueryDraft.MAX_NAME) {
            name = p + original.name().substring(0, Math.max(0, SavedQueryDraft.MAX_NAME - p.length() - 1)) + "…";
        }
        return create(reader, new SavedQueryDraft(name, original.description(), Visibility.PRIVATE,
                original.state().query()), " copy-of=" + target(id));
    }

    public void delete(Reader reader, long id) {
        AuditEvent event = AuditEvent.of(reader.username(), "saved-query.delete").unit(reader.unitCode()).target(target(id));
        SavedQuery q;
        try {
            q = owned(reader, id);
        } catch (SavedQueryException e) {
            audit.record(event.outcome(Outcome.DENIED).detail(e.getMessage()));
            throw e;
        }
        if (!store.delete(id, reader.username())) {
            audit.record(event.outcome(Outcome.DENIED).detail("no such saved query"));
            throw notFound(id);
        }
        audit.record(event.detail("name=\"" + q.name() + "\" " + q.state().query()));
    }

    private SavedQuery owned(Reader reader, long id) {
        SavedQuery q = open(reader, id);
        if (!q.ownedBy(reader.username())) {
            throw new SavedQueryException(SavedQueryException.Problem.NOT_OWNER,
                    "only " + q.owner() + ", who saved this query, can change or delete it; duplicate it to have your own");
        }
        return q;
    }

    /**
     * Parses the state and builds the search it would run for this reader, so that words the search
     * would refuse (local parameters, leading wildcards...) are refused now.
     */
    private static SearchState checkedState(Reader reader, String urlState) {
        SearchState state = SearchState.parse(urlState);
        try {
            ScopedQuery.search(reader, state.request(1, SearchRequest.DEFAULT_ROWS));
        } catch (SearchRequestException e) {
            throw new SavedQueryException(SavedQueryException.Problem.BAD_STATE, e.getMessage(), e);
        }
        return state;
    }

    private static boolean mayOpen(Reader reader, SavedQuery q) {
        return q.ownedBy(reader.username()) || (q.visibility() == Visibility.UNIT && q.ownerUnit().equals(unit(reader)));
    }

    private static String unit(Reader reader) {
        return reader.unitCode() == null ? "" : reader.unitCode();
    }

    private Instant now() {
        return clock.instant();
    }

    private static SavedQueryException notFound(long id) {
        return new SavedQueryException(SavedQueryException.Problem.NOT_FOUND, "there is no saved query " + id
                + " that you may open");
    }

    static String target(long id) {
        return "saved-query:" + id;
    }

    private static String describe(SavedQueryDraft d, SearchState state) {
        return cut("name=\"" + d.name() + "\" visibility=" + d.visibility().code() + " " + state.query());
    }

    private static String changes(SavedQuery before, SavedQueryDraft d, SearchState state) {
        StringBuilder s = new StringBuilder();
        if (!before.name().equals(d.name())) {
            s.append("name \"").append(before.name()).append("\" → \"").append(d.name()).append("\"; ");
        }
        if (!java.util.Objects.equals(before.description(), d.description())) {
            s.append("description changed; ");
        }
        if (before.visibility() != d.visibility()) {
            s.append("visibility ").append(before.visibility().code()).append(" → ").append(d.visibility().code()).append("; ");
        }
        if (!before.state().query().equals(state.query())) {
            s.append("search ").append(before.state().query()).append(" → ").append(state.query()).append("; ");
        }
        return s.length() == 0 ? "nothing changed" : cut(s.substring(0, s.length() - 2));
    }

    private static String cut(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }
}
