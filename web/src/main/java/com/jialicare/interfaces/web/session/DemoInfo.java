package com.jialicare.interfaces.web.session;

import com.jialicare.infrastructure.AppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Whether the server runs the demo city; the login page then lists the demo accounts. */
@Named
@ApplicationScoped
public class DemoInfo {

    private final boolean demo = AppConfig.demoMode();

    public boolean isDemo() {
        return demo;
    }
}
