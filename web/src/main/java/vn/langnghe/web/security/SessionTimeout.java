package vn.langnghe.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets how long a signed-in page session lasts without a request from
 * {@code langnghe.signin.session-timeout-minutes}, which replaces the value in web.xml (kept there
 * as what the container uses should this listener not run).
 */
@WebListener
public class SessionTimeout implements ServletContextListener {
    @Inject
    @ConfigProperty(name = "langnghe.signin.session-timeout-minutes", defaultValue = "60")
    int minutes;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (minutes < 1) {
            throw new IllegalStateException("langnghe.signin.session-timeout-minutes must be at least 1, not " + minutes);
        }
        event.getServletContext().setSessionTimeout(minutes);
    }
}
