package vn.langnghe.index;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.ThreadFactory;

/**
 * Where the application's own background threads come from. In the server they are the container's
 * (a Jakarta Concurrency {@link ManagedThreadFactory}): the server knows them, gives them the
 * application's context and stops them at undeploy. Outside a server (tests, command-line tools) the
 * classes that need threads are built with {@link #daemon(String)} instead.
 */
@ApplicationScoped
public class BackgroundThreads {
    /**
     * In the application's namespace, like the harvest executor, so every module of the EAR sees it.
     * Defined on an EJB ({@code pipeline.DrainSafetyNet}): Payara processes resource definitions on
     * EJBs before it resolves lookups, but on a CDI bean only later, and the deployment then fails.
     */
    public static final String FACTORY = "java:app/concurrent/langnghe-threads";

    @Resource(lookup = FACTORY)
    ManagedThreadFactory managed;

    @Produces
    ThreadFactory threads() {
        return managed;
    }

    /** Plain daemon threads with a name, for use outside a server. */
    public static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
