package org.normbench.ui;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The browser session cookie: never readable by scripts (HttpOnly), and Secure when
 * {@code normbench.ui.secure-cookie} says the portal is served over HTTPS. SameSite=Lax (not sent with other
 * sites' requests, while a link from elsewhere still opens signed in) is set by META-INF/undertow-handlers.conf:
 * the servlet container ignores cookie attributes set here.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getValue("normbench.ui.secure-cookie", Boolean.class));
    }
}
