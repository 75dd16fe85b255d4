package com.jialicare.it;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.City;
import com.jialicare.it.support.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test has in common: the real EAR deployed by Arquillian into the provisioned
 * server (tests run as a client, over HTTP), its base URL, and the REST API as the first administrator with
 * the {@link City} helper, fresh for every test. Subclasses add their {@code @DisplayName} and tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiITBase {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    protected URL base;

    /** The REST API as the first administrator. */
    protected ApiClient admin;

    /** Files care homes, beds, residents and stays through {@link #admin}. */
    protected City city;

    @BeforeEach
    void connectAsAdministrator() {
        admin = ApiClient.anonymous(base).as("admin", Deployments.ADMIN_PASSWORD);
        city = new City(admin);
    }
}
