package vn.langnghe.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.ErrorKind;
import vn.langnghe.harvest.connector.Credentials;

/**
 * What admins do with sources: add, edit, pause, resume, delete, run now, check, and read them with
 * their run record. Every change is audited; credentials are sealed before they are stored and never
 * leave this class in clear.
 */
@ApplicationScoped
public class SourceService {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(SourceService.class.getName());
    static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "langnghe")
    EntityManager em;

    @Inject
    ConnectorRegistry registry;

    @Inject
    CredentialsVault vault;

    @Inject
    HarvestScheduler scheduler;

    @Inject
    HarvestRunner runner;

    @Inject
    HarvestSettings settings;

    @Inject
    AuditLog audit;

    public List<ConnectorType> types() {
        List<ConnectorType> out = new ArrayList<>();
        for (ConnectorFactory<?> f : registry.all()) {
            out.add(new ConnectorType(f.type(), f.displayName(), ConfigCodec.fields(f.configType()),
                    ConfigCodec.toStrings(f.defaultConfig()), f.credentialNames()));
        }
        return out;
    }

    @Transactional
    public List<SourceView> list() {
        return em.createQuery("SELECT s FROM Source s ORDER BY s.name", Source.class).getResultList().stream()
                .map(this::view).toList();
    }

    @Transactional
    public Optional<SourceView> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id)).map(this::view);
    }

    @Transactional
    public Optional<SourceView> findByName(String name) {
        return em.createQuery("SELECT s FROM Source s WHERE s.name = :n", Source.class).setParameter("n", name)
                .getResultStream().findFirst().map(this::view);
    }

    /** Adds a source; it runs for the first time at once (unless {@code paused}). */
    @Transactional
    public SourceView create(SourceForm form, boolean paused, String actor) throws InvalidSourceException {
        ConnectorFactory<?> factory = factory(form.type());
        String name = validName(form.name(), null);
        String configJson = configJson(factory, form.config(), null);
        Map<String, String> creds = mergeCredentials(factory, form.credentials(), Map.of());
        Instant now = Instant.now();
        Source s = new Source(name, factory.type(), configJson, vault.seal(creds), interval(form.intervalSeconds()), now);
        s.setPaused(paused, now);
        em.persist(s);
        em.flush();
        if (!paused) {
            s.scheduled(now);
            scheduler.schedule(s.getId(), now);
        }
        audit(actor, "source.create", s.getId(), "\"" + name + "\" (" + factory.type() + ")");
        return view(s);
    }

    /**
     * Edits a source; its cursor is kept. The type cannot change: the stored config, credentials and
     * cursor only mean something to the source's own connector (add a new source instead).
     */
    @Transactional
    public SourceView update(long id, SourceForm form, String actor) throws InvalidSourceException {
        Source s = require(id);
        if (form.type() != null && !form.type().strip().equals(s.getType())) {
            throw new InvalidSourceException("type cannot change (this is a " + s.getType()
                    + " source): add a new source of type \"" + form.type().strip() + "\" instead");
        }
        ConnectorFactory<?> factory = factory(s.getType());
        String name = validName(form.name() == null ? s.getName() : form.name(), id);
        String configJson = configJson(factory, form.config(), s.getConfigJson());
        Map<String, String> creds = mergeCredentials(factory, form.credentials(), vault.open(s.getCredentialsEncrypted()));
        Instant now = Instant.now();
        s.edit(name, configJson, vault.seal(creds),
                form.intervalSeconds() == null ? s.getIntervalSeconds() : interval(form.intervalSeconds()), now);
        audit(actor, "source.update", id, "\"" + name + "\"");
        return view(s);
    }

    @Transactional
    public SourceView pause(long id, String actor) throws InvalidSourceException {
        Source s = require(id);
        s.setPaused(true, Instant.now());
        s.scheduled(null);
        scheduler.cancel(id);
        audit(actor, "source.pause", id, "\"" + s.getName() + "\"");
        return view(s);
    }

    @Transactional
    public SourceView resume(long id, String actor) throws InvalidSourceException {
        Source s = require(id);
        Instant now = Instant.now();
        s.setPaused(false, now);
        Instant next = s.getNextRunAt() == null || s.getNextRunAt().isBefore(now) ? now : s.getNextRunAt();
        s.scheduled(next);
        scheduler.schedule(id, next);
        audit(actor, "source.resume", id, "\"" + s.getName() + "\"");
        return view(s);
    }

    /** Forgets the cursor: the next run starts from the beginning (items already indexed are replaced). */
    @Transactional
    public SourceView resetCursor(long id, String actor) throws InvalidSourceException {
        Source s = require(id);
        s.resetCursor(Instant.now());
        audit(actor, "source.reset-cursor", id, "\"" + s.getName() + "\"");
        return view(s);
    }

    @Transactional
    public void delete(long id, String actor) throws InvalidSourceException {
        Source s = require(id);
        scheduler.cancel(id);
        em.remove(s);
        audit(actor, "source.delete", id, "\"" + s.getName() + "\"");
    }

    /** Starts a run at once on the harvest executor; the run's progress shows on the source. */
    @Transactional
    public void runNow(long id, String actor) throws InvalidSourceException {
        Source s = require(id);
        scheduler.runNow(id);
        audit(actor, "source.run", id, "\"" + s.getName() + "\"");
    }

    /** Tests a stored source's connection and credentials without keeping anything. */
    public CheckResult check(long id, String actor) throws InvalidSourceException {
        Source s = em.find(Source.class, id);
        if (s == null) {
            throw new NoSuchSourceException(id);
        }
        audit(actor, "source.check", id, "\"" + s.getName() + "\"");
        return check(factory(s.getType()), s.getConfigJson(), vault.open(s.getCredentialsEncrypted()));
    }

    /** Tests an unsaved form (with the stored secrets of {@code existingId} where the form leaves them blank). */
    public CheckResult check(SourceForm form, Long existingId, String actor) throws InvalidSourceException {
        ConnectorFactory<?> factory = factory(form.type());
        Map<String, String> stored = Map.of();
        String storedConfig = null;
        if (existingId != null) {
            Source s = em.find(Source.class, existingId);
            if (s != null) {
                stored = vault.open(s.getCredentialsEncrypted());
                storedConfig = s.getType().equals(factory.type()) ? s.getConfigJson() : null;
            }
        }
        String configJson = configJson(factory, form.config(), storedConfig);
        audit.record(AuditEvent.of(actor, "source.check").detail("unsaved " + factory.type() + " source"));
        return check(factory, configJson, mergeCredentials(factory, form.credentials(), stored));
    }

    /** An admin action on a stored source: the source is the target, its name (as it is now) the detail. */
    private void audit(String actor, String action, long sourceId, String detail) {
        audit.record(AuditEvent.of(actor, action).target("source:" + sourceId).detail(detail));
    }

    private CheckResult check(ConnectorFactory<?> factory, String configJson, Map<String, String> creds)
            throws InvalidSourceException {
        try {
            String said = runner.open(factory, configJson, new Credentials(creds)).check();
            return new CheckResult(true, "ok", said);
        } catch (ConnectorException e) {
            return new CheckResult(false, e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            // a connector's own defect, not the admin's: say so, and keep the cause for whoever fixes it
            LOG.log(Level.WARNING, "checking a " + factory.type() + " source failed unexpectedly", e);
            return new CheckResult(false, ErrorKind.INTERNAL.code(), "the check failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); the server log has the details");
        }
    }

    // ---- validation ----

    private ConnectorFactory<?> factory(String type) throws InvalidSourceException {
        if (type == null || type.isBlank()) {
            throw new InvalidSourceException("type is required (one of " + typeNames() + ")");
        }
        return registry.find(type.trim())
                .orElseThrow(() -> new InvalidSourceException("unknown type \"" + type + "\" (one of " + typeNames() + ")"));
    }

    private String typeNames() {
        return String.join(", ", registry.all().stream().map(ConnectorFactory::type).toList());
    }

    private String validName(String name, Long self) throws InvalidSourceException {
        if (name == null || name.isBlank()) {
            throw new InvalidSourceException("name is required");
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        String unsafe = UnsafeCharacters.first(n);
        if (unsafe != null) {
            throw new InvalidSourceException("name must not contain control or text-direction characters (found "
                    + unsafe + ")");
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidSourceException("name is longer than " + MAX_NAME + " characters");
        }
        List<Long> same = em.createQuery("SELECT s.id FROM Source s WHERE s.name = :n", Long.class)
                .setParameter("n", n).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw new SourceNameTakenException(n);
        }
        return n;
    }

    private int interval(Integer seconds) throws InvalidSourceException {
        int s = seconds == null ? 900 : seconds;
        if (s < settings.minIntervalSeconds() || s > 7 * 24 * 3600) {
            throw new InvalidSourceException("intervalSeconds must be between " + settings.minIntervalSeconds()
                    + " and 604800 (one week)");
        }
        return s;
    }

    private <C extends Record> String configJson(ConnectorFactory<C> factory, Map<String, String> values,
                                                        String storedJson) throws InvalidSourceException {
        C base = factory.defaultConfig();
        if (storedJson != null) {
            try (JsonReader r = JSON.createReader(new StringReader(storedJson))) {
                base = ConfigCodec.fromJson(factory.configType(), r.readObject(), base);
            } catch (InvalidSourceException | RuntimeException e) {
                // the edit replaces what could not be read; the admin sees the saved result
                LOG.log(Level.WARNING, "the stored " + factory.type() + " config cannot be read; editing from the "
                        + "defaults", e);
                base = factory.defaultConfig();
            }
        }
        C config = ConfigCodec.fromStrings(factory.configType(), values, base);
        List<String> problems = factory.validate(config);
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return ConfigCodec.toJson(config).toString();
    }

    private static Map<String, String> mergeCredentials(ConnectorFactory<?> factory, Map<String, String> given,
                                                        Map<String, String> stored) throws InvalidSourceException {
        Map<String, String> out = new LinkedHashMap<>(stored);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!factory.credentialNames().contains(e.getKey())) {
                problems.add(factory.type() + " takes no credential \"" + e.getKey() + "\" (it takes "
                        + (factory.credentialNames().isEmpty() ? "none" : String.join(", ", factory.credentialNames())) + ")");
            } else if (e.getValue() != null && !e.getValue().isBlank()) {
                out.put(e.getKey(), e.getValue().strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return out;
    }

    private Source require(long id) throws InvalidSourceException {
        Source s = em.find(Source.class, id);
        if (s == null) {
            throw new NoSuchSourceException(id);
        }
        return s;
    }

    private SourceView view(Source s) {
        String typeName = registry.find(s.getType()).map(ConnectorFactory::displayName).orElse(s.getType());
        Map<String, String> config = new LinkedHashMap<>();
        try (JsonReader r = JSON.createReader(new StringReader(s.getConfigJson()))) {
            r.readObject().forEach((k, v) -> config.put(k, v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                    ? ((jakarta.json.JsonString) v).getString() : v.toString()));
        }
        List<String> credNames;
        try {
            credNames = List.copyOf(vault.open(s.getCredentialsEncrypted()).keySet());
        } catch (IllegalArgumentException e) {
            // sealed with another key (the key file was replaced): the source shows none set
            LOG.log(Level.WARNING, "the credentials of source " + s.getId() + " cannot be opened", e);
            credNames = List.of();
        }
        return new SourceView(s.getId(), s.getName(), s.getType(), typeName, config, credNames,
                s.getIntervalSeconds(), s.isPaused(), s.getRunState().name(), s.getRunStartedAt(),
                s.getRunFinishedAt(), s.getRunPages(), s.getRunItems(),
                s.getRunNotes() == null || s.getRunNotes().isEmpty() ? List.of() : List.of(s.getRunNotes().split("\n")),
                s.getLastErrorKind(), s.getLastError(),
                s.getLastErrorAt(), s.getConsecutiveFailures(), s.getNextRunAt(), s.getTotalItems());
    }
}
