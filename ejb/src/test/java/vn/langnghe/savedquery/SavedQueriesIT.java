package vn.langnghe.savedquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.langnghe.account.DataScope;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.database.ThrowAwayDatabase;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.search.PersonalDataMask;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.PostView;
import vn.langnghe.search.Reader;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * Issue 15: saved queries on an H2 file and on PostgreSQL (a throw-away schema; skipped only when none
 * answers), run against a real Solr. Only the owner edits and deletes; a private query is the owner's,
 * a shared one the unit's; a shared query runs in the scope of whoever opens it; bad names and bad
 * searches are refused in plain words and store nothing; every change is audited.
 */
class SavedQueriesIT {
    /** Saved lan's query when her unit still saw the whole city. */
    private static final Reader LAN = new Reader("lan", "ward-26740", DataScope.WHOLE_CITY, false);
    /** Her colleague, after the unit's scope was narrowed to its ward. */
    private static final Reader MAI = new Reader("mai", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader OTHER_UNIT = new Reader("tuan", "ward-26734", DataScope.WHOLE_CITY, false);

    private static RunningSolr solr;
    private static SolrConnection connection;
    private static PostSearch search;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-saved"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
        PostIndexer indexer = TestIndexers.indexer(connection);
        indexer.index(List.of(post("q1", "ngập ở quận 1", List.of("q1")), post("q9", "ngập ở quận 9", List.of("q9")),
                post("city", "ngập khắp thành phố", List.of()), post("dry", "trời nắng đẹp", List.of("q9"))));
        indexer.commit();
        search = new PostSearch(connection, new RecordingAuditLog(),
                new PersonalDataMask("integration-test pseudonym key!!".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    private static Post post(String id, String text, List<String> areas) {
        return Post.builder("x", id).text(text).language("vi").topics(text.contains("ngập") ? List.of("flooding") : List.of())
                .regions(areas, List.of()).createdAt(Instant.parse("2026-12-01T03:00:00Z")).build();
    }

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<ThrowAwayDatabase>) SavedQueriesIT::h2),
                Arguments.of("PostgreSQL", (Supplier<ThrowAwayDatabase>) ThrowAwayDatabase::postgreSqlSchema));
    }

    private static ThrowAwayDatabase h2() {
        try {
            return ThrowAwayDatabase.h2File();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ownersChangeSharedQueriesRunInTheReadersScope(String kind, Supplier<ThrowAwayDatabase> database) throws Exception {
        try (ThrowAwayDatabase db = database.get().migrated()) {
            RecordingAuditLog audit = new RecordingAuditLog();
            SavedQueries saved = new SavedQueries(db.dataSource(), audit, search,
                    Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC));

            SavedQuery shared = saved.create(LAN, new SavedQueryDraft("  Ngập lụt  ", "mưa lớn", Visibility.UNIT,
                    "?q=ng%E1%BA%ADp&f=topic:flooding&from=2026-11-01&to=2026-12-31&sort=newest&page=3"));
            assertEquals("Ngập lụt", shared.name());
            assertEquals("lan", shared.owner());
            assertEquals("ward-26740", shared.ownerUnit());
            assertEquals("q=ng%E1%BA%ADp&f=topic%3Aflooding&from=2026-11-01&to=2026-12-31&sort=newest",
                    shared.state().query(), "canonical, without paging");
            assertEquals("lan saved-query.create saved-query:" + shared.id() + " ok: name=\"Ngập lụt\" visibility=unit "
                    + shared.state().query(), audit.last());
            SavedQuery mine = saved.create(LAN, new SavedQueryDraft("Chỉ của tôi", null, Visibility.PRIVATE, "q=nắng"));

            // the shared query runs in each reader's own scope: the owner's unit saw the whole city, her
            // colleague's scope is the ward now, and the saved query carries no scope of its own
            assertEquals(List.of("x:city", "x:q1", "x:q9"), ids(saved.run(LAN, shared.id(), 1, 20).posts()));
            assertEquals(List.of("x:city", "x:q1"), ids(saved.run(MAI, shared.id(), 1, 20).posts()));

            // who sees what
            assertEquals(SavedQueryException.Problem.NOT_FOUND,
                    assertThrows(SavedQueryException.class, () -> saved.open(MAI, mine.id())).problem());
            assertEquals(SavedQueryException.Problem.NOT_FOUND,
                    assertThrows(SavedQueryException.class, () -> saved.open(OTHER_UNIT, shared.id())).problem());
            assertEquals(List.of("Ngập lụt"), names(saved.list(MAI, SavedQueryOrder.NAME, 1, 10)));
            assertEquals(List.of("Chỉ của tôi", "Ngập lụt"), names(saved.list(LAN, SavedQueryOrder.NAME, 1, 10)));
            assertEquals(0, saved.list(OTHER_UNIT, null, 1, 10).total());

            // only the owner edits and deletes; a colleague duplicates instead
            SavedQueryException notOwner = assertThrows(SavedQueryException.class, () -> saved.update(MAI, shared.id(),
                    new SavedQueryDraft("Của Mai", null, Visibility.UNIT, "q=x")));
            assertEquals(SavedQueryException.Problem.NOT_OWNER, notOwner.problem());
            assertTrue(audit.last().startsWith("mai saved-query.update saved-query:" + shared.id() + " denied: only lan"),
                    audit.last());
            assertThrows(SavedQueryException.class, () -> saved.delete(MAI, shared.id()));
            assertTrue(audit.last().startsWith("mai saved-query.delete saved-query:" + shared.id() + " denied"), audit.last());
            SavedQuery copy = saved.duplicate(MAI, shared.id());
            assertEquals("Bản sao của Ngập lụt", copy.name());
            assertTrue(audit.last().startsWith("mai saved-query.create saved-query:" + copy.id() + " ok: name=\"Bản sao của Ngập lụt\""), audit.last());
            assertTrue(audit.last().endsWith(" copy-of=saved-query:" + shared.id()), audit.last());
            assertEquals("Copy of Ngập lụt", saved.duplicate(MAI, shared.id(), "Copy of ").name());
            String longName = "n".repeat(120);
            SavedQuery longOne = saved.create(MAI, new SavedQueryDraft(longName, null, Visibility.PRIVATE, "from=7d"));
            SavedQuery longCopy = saved.duplicate(MAI, longOne.id());
            assertEquals(120, longCopy.name().length());
            assertTrue(longCopy.name().startsWith("Bản sao của nnn") && longCopy.name().endsWith("n…"), longCopy.name());
            assertEquals("from=7d", longCopy.state().query(), "a preset stays a preset");
            assertEquals("mai", copy.owner());
            assertEquals(Visibility.PRIVATE, copy.visibility());
            assertEquals(shared.state(), copy.state());
            SavedQuery edited = saved.update(LAN, shared.id(), new SavedQueryDraft("Ngập lụt quận 1", "mưa lớn",
                    Visibility.UNIT, "q=ngập&f=area:q1"));
            assertEquals("lan saved-query.update saved-query:" + shared.id() + " ok: name \"Ngập lụt\" → \"Ngập lụt quận 1\"; "
                    + "search " + shared.state().query() + " → q=ng%E1%BA%ADp&f=area%3Aq1", audit.last());
            assertEquals(List.of("x:q1"), ids(saved.run(MAI, edited.id(), 1, 20).posts()));

            // refusals in plain words; nothing stored
            long before = saved.list(LAN, null, 1, 10).total();
            assertRefused(saved, SavedQueryException.Problem.NAME_TOO_LONG, "x".repeat(121), "q=a",
                    "the name is 121 characters long; at most 120 are allowed");
            assertRefused(saved, SavedQueryException.Problem.NAME_MISSING, "  ", "q=a", "give the saved query a name");
            assertRefused(saved, SavedQueryException.Problem.BAD_STATE, "a", "f=author_id:42",
                    "posts cannot be filtered on \"author_id\"");
            assertRefused(saved, SavedQueryException.Problem.BAD_STATE, "a", "q=%7B!lucene%7D*:*", "");
            assertRefused(saved, SavedQueryException.Problem.BAD_STATE, "a", "from=2026-12-31&to=2026-12-01",
                    "is not after the start 2026-12-31T00:00");
            assertRefused(saved, SavedQueryException.Problem.BAD_STATE, "a", "from=yesterday",
                    "\"yesterday\" is not a date");
            assertRefused(saved, SavedQueryException.Problem.BAD_STATE, "a", "fq=secret:1",
                    "the search has a parameter the search page does not know: \"fq\"");
            assertEquals(before, saved.list(LAN, null, 1, 10).total());
            assertTrue(audit.last().startsWith("lan saved-query.create null denied: "), audit.last());

            // paging and order
            for (int i = 0; i < 5; i++) {
                saved.create(LAN, new SavedQueryDraft("Truy vấn " + i, null, Visibility.PRIVATE, "q=t" + i));
            }
            SavedQueryList page2 = saved.list(LAN, SavedQueryOrder.NAME, 2, 3);
            assertEquals(7, page2.total());
            // Chỉ của tôi, Ngập lụt quận 1, Truy vấn 0 | Truy vấn 1, 2, 3 | Truy vấn 4
            assertEquals(List.of("Truy vấn 1", "Truy vấn 2", "Truy vấn 3"), names(page2));
            assertThrows(SavedQueryException.class, () -> saved.list(LAN, null, 0, 10));
            assertThrows(SavedQueryException.class, () -> saved.list(LAN, null, 1, 101));

            saved.delete(LAN, shared.id());
            assertEquals("lan saved-query.delete saved-query:" + shared.id() + " ok: name=\"Ngập lụt quận 1\" "
                    + "q=ng%E1%BA%ADp&f=area%3Aq1", audit.last());
            assertThrows(SavedQueryException.class, () -> saved.open(LAN, shared.id()));
            assertEquals("Bản sao của Ngập lụt", saved.open(MAI, copy.id()).name(), "a copy outlives its original");
        }
    }

    private static void assertRefused(SavedQueries saved, SavedQueryException.Problem problem, String name, String state,
                                      String message) {
        SavedQueryException e = assertThrows(SavedQueryException.class,
                () -> saved.create(LAN, new SavedQueryDraft(name, null, Visibility.PRIVATE, state)));
        assertEquals(problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private static List<String> ids(List<PostView> posts) {
        return posts.stream().map(PostView::id).sorted().toList();
    }

    private static List<String> names(SavedQueryList list) {
        return list.items().stream().map(SavedQuery::name).toList();
    }
}
