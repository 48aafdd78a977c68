package vn.langnghe.pipeline;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactoryDefinition;
import jakarta.inject.Inject;
import vn.langnghe.index.BackgroundThreads;

/**
 * The outbox is drained after every accepted page; this timer catches what a failed drain (Solr
 * down) left behind. It fires on every node of a deployment group, which is safe: workers claim rows
 * before they take them. It also carries the definition of the application's managed thread factory
 * ({@link BackgroundThreads}), because Payara reads resource definitions of EJBs first.
 */
@Singleton
@Startup
@ManagedThreadFactoryDefinition(name = BackgroundThreads.FACTORY)
public class DrainSafetyNet {
    @Inject
    OutboxDrain drain;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void tick() {
        drain.kick();
    }
}
