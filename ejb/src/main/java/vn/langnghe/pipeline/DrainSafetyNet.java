package vn.langnghe.pipeline;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The outbox is drained after every accepted page; this timer catches what a failed drain (Solr
 * down) left behind. It fires on every node of a deployment group, which is safe: workers claim rows
 * before they take them.
 */
@Singleton
@Startup
public class DrainSafetyNet {
    @Inject
    OutboxDrain drain;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void tick() {
        drain.kick();
    }
}
