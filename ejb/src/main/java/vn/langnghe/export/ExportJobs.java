package vn.langnghe.export;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.audit.AuditRequest;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.ExportSink;
import vn.langnghe.search.ExportedPost;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchRequestException;

/**
 * The exports of this node: started in the background on a managed executor, written to {@code
 * <data dir>/exports}, followed by the page's polls, cancelled on request (at the next page of 500 posts:
 * the partial file is deleted, the audit event says {@code cancelled}), downloaded once, and deleted after
 * the download or when {@link ExportLimits#keep()} has passed. Every call names the account, and a job
 * of another account is answered exactly like a job that does not exist. Jobs live in memory: after a
 * restart the files left over are deleted, and the page says the export is gone.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = ExportJobs.EXECUTOR, maxAsync = 8)
public class ExportJobs {
    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());
    public static final String EXECUTOR = "java:app/concurrent/langnghe-export";
    private static final SecureRandom IDS = new SecureRandom();

    @Inject
    PostSearch search;

    @Inject
    AuditRequest auditRequest;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService managedExecutor;

    @Inject
    @ConfigProperty(name = "langnghe.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "langnghe.export.max-rows", defaultValue = "100000")
    long maxRows;

    @Inject
    @ConfigProperty(name = "langnghe.export.per-account", defaultValue = "2")
    int perAccount;

    @Inject
    @ConfigProperty(name = "langnghe.export.at-once", defaultValue = "4")
    int atOnce;

    @Inject
    @ConfigProperty(name = "langnghe.export.keep-minutes", defaultValue = "60")
    long keepMinutes;

    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();
    private Executor executor;
    private Path dir;
    private ExportLimits limits;
    private Clock clock = Clock.systemUTC();

    /** For the container (a session bean needs a public no-argument constructor). */
    public ExportJobs() {
    }

    /** Outside a server (tests): the same jobs on a given search, executor and directory. */
    public ExportJobs(PostSearch search, Executor executor, Path dir, ExportLimits limits, Clock clock) {
        this.search = search;
        this.executor = executor;
        this.dir = dir;
        this.limits = limits;
        this.clock = clock;
        prepare();
    }

    // not named start: Payara finds lifecycle callbacks by name, and start(...) below takes arguments
    @PostConstruct
    void startUp() {
        executor = managedExecutor;
        dir = Path.of(dataDir, "exports");
        limits = new ExportLimits(maxRows, perAccount, atOnce, Duration.ofMinutes(keepMinutes));
        prepare();
    }

    /** The directory, emptied of the files of jobs that died with the previous run. */
    private void prepare() {
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // exports will fail with WRITE_FAILED and say so; the platform itself still starts
            LOG.log(Level.WARNING, "export directory " + dir + " not usable", e);
        }
    }

    @PreDestroy
    void stop() {
        jobs.values().forEach(ExportJob::requestCancel);
    }

    public ExportLimits limits() {
        return limits;
    }

    /**
     * Starts exporting the search's results for the reader, with the page's column names; refused when the
     * account or the platform already runs as many exports as allowed.
     */
    public ExportJob start(Reader reader, SearchRequest request, ExportFormat format, List<String> headers)
            throws ExportRefusedException {
        if (headers.size() != ExportColumn.values().length) {
            throw new IllegalArgumentException("one header per column: " + ExportColumn.values().length);
        }
        String client = clientAddress();
        ExportJob job;
        synchronized (jobs) {
            long mine = jobs.values().stream().filter(j -> !j.state().finished() && j.owner().equals(reader.username())).count();
            if (mine >= limits.perAccount()) {
                throw new ExportRefusedException(ExportRefusedException.Reason.TOO_MANY_OF_YOURS, limits.perAccount());
            }
            long running = jobs.values().stream().filter(j -> !j.state().finished()).count();
            if (running >= limits.atOnce()) {
                throw new ExportRefusedException(ExportRefusedException.Reason.TOO_MANY_AT_ONCE, limits.atOnce());
            }
            byte[] random = new byte[16];
            IDS.nextBytes(random);
            String id = HexFormat.of().formatHex(random);
            job = new ExportJob(id, reader.username(), format, request, dir.resolve(id + "." + format.extension()),
                    clock.instant(), limits.maxRows());
            jobs.put(id, job);
        }
        ExportJob started = job;
        try {
            executor.execute(() -> run(started, reader, headers, client));
        } catch (RuntimeException e) {
            started.finished(ExportJob.State.FAILED, ExportJob.Problem.WRITE_FAILED, null, clock.instant());
            throw e;
        }
        return job;
    }

    /** The account's job, or nothing: another account's job looks missing. */
    public Optional<ExportJob> job(String owner, String id) {
        ExportJob j = id == null ? null : jobs.get(id);
        return j != null && j.owner().equals(owner) ? Optional.of(j) : Optional.empty();
    }

    /** Stops the account's running job (at its next page), or discards its finished file; false when there is no such job. */
    public boolean cancel(String owner, String id) {
        Optional<ExportJob> j = job(owner, id);
        j.ifPresent(job -> {
            job.requestCancel();
            if (job.state().finished()) {
                discard(job);
            }
        });
        return j.isPresent();
    }

    /** The account's finished file, ready to send; empty when there is none (running, failed, sent, expired, another's). */
    public Optional<ExportJob> download(String owner, String id) {
        return job(owner, id).filter(j -> j.state() == ExportJob.State.DONE && Files.exists(j.file()));
    }

    /** Copies the file to {@code out}; once it is all sent the file and the job are gone (one download). */
    public void send(ExportJob job, OutputStream out) throws IOException {
        Files.copy(job.file(), out);
        out.flush();
        discard(job);
    }

    /** The file's size in bytes, for Content-Length. */
    public long size(ExportJob job) throws IOException {
        return Files.size(job.file());
    }

    /** Deletes the files of finished jobs older than {@link ExportLimits#keep()}, and forgets those jobs. */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void expire() {
        Instant before = clock.instant().minus(limits.keep());
        for (ExportJob j : List.copyOf(jobs.values())) {
            if (j.state().finished() && j.finishedAt() != null && j.finishedAt().isBefore(before)) {
                discard(j);
            } else if (!j.state().finished() && j.started().isBefore(before.minus(limits.keep()))) {
                j.requestCancel(); // a run that hangs this long is not coming back
            }
        }
    }

    private void discard(ExportJob job) {
        jobs.remove(job.id());
        delete(job);
    }

    private void run(ExportJob job, Reader reader, List<String> headers, String client) {
        ExportJob.State end = ExportJob.State.FAILED;
        ExportJob.Problem problem = null;
        String detail = null;
        try (ExportFile file = job.format().open(job.file(), headers)) {
            PostSearch.ExportResult r = search.export(reader, job.request(), job.format().extension(), job.cap(), client,
                    new Sink(job, file));
            end = r.cancelled() ? ExportJob.State.CANCELLED : ExportJob.State.DONE;
        } catch (SearchRequestException e) {
            problem = ExportJob.Problem.BAD_SEARCH;
            detail = e.getMessage();
        } catch (IndexingException e) {
            problem = ExportJob.Problem.INDEX_DOWN;
        } catch (IOException | UncheckedIOException e) {
            problem = ExportJob.Problem.WRITE_FAILED;
            LOG.log(Level.WARNING, "export " + job.id() + " could not write " + job.file(), e);
        } catch (RuntimeException e) {
            problem = ExportJob.Problem.WRITE_FAILED;
            LOG.log(Level.WARNING, "export " + job.id() + " failed", e);
        } finally {
            if (end != ExportJob.State.DONE) {
                delete(job);
            }
            job.finished(end, problem, detail, clock.instant());
            if (end == ExportJob.State.DONE && job.cancelRequested()) {
                discard(job); // cancelled while its last page was written: the user no longer wants it
            }
        }
    }

    private static void delete(ExportJob job) {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "export file " + job.file() + " not deleted", e);
        }
    }

    private String clientAddress() {
        try {
            return auditRequest == null ? null : auditRequest.getClientAddress();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** Writes each page to the file, counting, unless the user asked to stop. */
    private static final class Sink implements ExportSink {
        private final ExportJob job;
        private final ExportFile file;

        Sink(ExportJob job, ExportFile file) {
            this.job = job;
            this.file = file;
        }

        @Override
        public void begin(long total, long rows) {
            job.begun(total, rows);
        }

        @Override
        public boolean page(List<ExportedPost> posts) throws IOException {
            if (job.cancelRequested()) {
                return false;
            }
            for (ExportedPost p : posts) {
                file.row(p);
            }
            job.wrote(posts.size());
            return true;
        }

        @Override
        public void end() throws IOException {
            file.finish();
        }
    }
}
