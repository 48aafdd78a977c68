package vn.langnghe.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily purge at {@code langnghe.retention.run-at}, city time. The timer is not persistent and fires
 * on every node of a deployment group; the purge lease and the record of the day's purge
 * ({@link RetentionPurger}) make exactly one node purge.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class RetentionTimer {
    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RetentionService retention;

    @Inject
    @ConfigProperty(name = "langnghe.retention.run-at")
    String runAt;

    @PostConstruct
    void schedule() {
        LocalTime at = RetentionCalendar.timeOfDay(runAt);
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(RetentionCalendar.CITY_ZONE.getId());
        timers.createCalendarTimer(daily, new TimerConfig("retention", false));
    }

    @Timeout
    void fire() {
        try {
            retention.scheduledPurge().ifPresent(r -> LOG.info(() -> "Retention: " + RetentionService.describe(r)));
        } catch (RuntimeException e) {
            // the next day's timer tries again; the page shows the record of a purge that failed half-way
            LOG.log(Level.SEVERE, "Retention: the daily purge could not run: " + e.getMessage(), e);
        }
    }
}
