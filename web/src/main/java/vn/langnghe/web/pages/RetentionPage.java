package vn.langnghe.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.langnghe.index.IndexingException;
import vn.langnghe.retention.InvalidRetentionException;
import vn.langnghe.retention.RetentionDays;
import vn.langnghe.retention.RetentionService;
import vn.langnghe.retention.RetentionSetting;

/**
 * The admins' retention page: the age in force and its origin, changing it and purging now (each after
 * a confirmation that says how many posts would go), the progress of a running purge (polled every 2 s)
 * and the purge records, newest first, a page at a time from the database.
 */
@Named
@ViewScoped
public class RetentionPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RetentionPage.class.getName());
    /** After "purge now", keep polling this long even before the purge has written its record. */
    private static final long START_GRACE_MS = 8_000;

    @Inject
    RetentionService service;

    @Inject
    SecurityContext security;

    private RetentionSetting setting;
    private String settingError;
    private PurgeRow running;
    private String nextRun;
    private String newDays;
    // what the open confirmation is about
    private int pendingDays;
    private long pendingCount;
    private String pendingCutoff;
    private long pollUntil;
    private final Records records = new Records();

    @PostConstruct
    void init() {
        if (!security.isCallerInRole("admin")) {
            throw new IllegalStateException("the retention page is for admins");
        }
        refresh();
        newDays = setting == null ? "" : Integer.toString(setting.days());
    }

    /** Reads the setting and the running purge again (the poll, and after every action). */
    public void refresh() {
        try {
            setting = service.setting();
            settingError = null;
        } catch (IllegalStateException e) {
            setting = null;
            settingError = e.getMessage();
        }
        running = service.running().map(PurgeRow::new).orElse(null);
        nextRun = PurgeRow.TIME.format(service.nextRun());
    }

    /** Checks the typed age and opens the confirmation with the count it would purge now. */
    public void previewChange() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            pendingDays = RetentionDays.parse(newDays);
        } catch (InvalidRetentionException e) {
            error(faces, MessageFormat.format(Messages.get(faces, e.messageKey()), RetentionDays.MIN, RetentionDays.MAX));
            PrimeFaces.current().ajax().addCallbackParam("ok", false);
            return;
        }
        PrimeFaces.current().ajax().addCallbackParam("ok", count(faces, pendingDays));
    }

    public void change() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            setting = service.change(pendingDays, actor());
            newDays = Integer.toString(setting.days());
            info(faces, MessageFormat.format(Messages.get(faces, "retention.changed"), setting.days()));
        } catch (InvalidRetentionException e) {
            error(faces, MessageFormat.format(Messages.get(faces, e.messageKey()), RetentionDays.MIN, RetentionDays.MAX));
        }
        refresh();
    }

    /** Opens the purge confirmation with the count of posts the age in force purges now. */
    public void previewPurge() {
        FacesContext faces = FacesContext.getCurrentInstance();
        refresh();
        if (setting == null) {
            error(faces, Messages.get(faces, "retention.error.config"));
            PrimeFaces.current().ajax().addCallbackParam("ok", false);
            return;
        }
        if (running != null) {
            error(faces, Messages.get(faces, "retention.error.running"));
            PrimeFaces.current().ajax().addCallbackParam("ok", false);
            return;
        }
        pendingDays = setting.days();
        PrimeFaces.current().ajax().addCallbackParam("ok", count(faces, pendingDays));
    }

    public void purgeNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        service.purgeNow(actor());
        pollUntil = System.currentTimeMillis() + START_GRACE_MS;
        info(faces, Messages.get(faces, "retention.purgeStarted"));
        PrimeFaces.current().executeScript("PF('retentionPoll').start()");
    }

    private boolean count(FacesContext faces, int days) {
        try {
            pendingCount = service.wouldPurge(days);
            pendingCutoff = PurgeRow.TIME.format(service.cutoff(days));
            return true;
        } catch (IndexingException e) {
            LOG.log(Level.WARNING, "retention page: could not count the posts to purge", e);
            error(faces, Messages.get(faces, "retention.error.solr"));
            return false;
        }
    }

    /** Poll while a purge runs, or one was just asked for. */
    public boolean isPolling() {
        return running != null || System.currentTimeMillis() < pollUntil;
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void info(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public RetentionSetting getSetting() { return setting; }
    // EL 5 does not read record components as properties: the page reads the setting through these
    public boolean isSettingKnown() { return setting != null; }
    public int getDays() { return setting == null ? 0 : setting.days(); }
    public String getOrigin() { return setting == null ? "" : setting.origin().name(); }
    public boolean isFromAdmin() { return setting != null && setting.fromAdmin(); }
    public String getChangedBy() { return setting == null ? "" : setting.changedBy(); }
    public String getSettingError() { return settingError; }
    public String getChangedAt() { return setting == null || setting.changedAt() == null ? "" : PurgeRow.TIME.format(setting.changedAt()); }
    public String getCurrentCutoff() { return setting == null ? "" : PurgeRow.TIME.format(service.cutoff(setting.days())); }
    public PurgeRow getRunning() { return running; }
    public String getNextRun() { return nextRun; }
    public String getNewDays() { return newDays; }
    public void setNewDays(String s) { newDays = s; }
    public int getPendingDays() { return pendingDays; }
    public long getPendingCount() { return pendingCount; }
    public String getPendingCutoff() { return pendingCutoff; }
    public int getMinDays() { return RetentionDays.MIN; }
    public int getMaxDays() { return RetentionDays.MAX; }
    public LazyDataModel<PurgeRow> getRecords() { return records; }

    /** The records, newest first, read a page at a time. */
    private final class Records extends LazyDataModel<PurgeRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, service.recordCount());
        }

        @Override
        public List<PurgeRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return service.records(first, pageSize <= 0 ? 10 : pageSize).stream().map(PurgeRow::new).toList();
        }

        @Override
        public String getRowKey(PurgeRow row) {
            return Long.toString(row.getId());
        }
    }
}
