package com.jialicare.it.support;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the application once per server start instead of once per test class. Every integration test
 * deploys the same archive ({@link Deployments#application()}, the EAR the build packaged) and runs as a client
 * over HTTP, so deploying it again for each of the ~50 classes only repeated WildFly's deployment (Weld,
 * Hibernate, JSF, Flyway's validation: about 5 s each, several minutes of the suite).
 *
 * <p>An Arquillian extension (registered in {@code META-INF/services}): the first class's deployment goes
 * ahead; for every later class, Arquillian's per-class deployment is answered with the first one's protocol
 * metadata (the base URL) instead of deploying again, and the per-class undeployment is skipped. The archive is
 * undeployed once, just before Arquillian stops the server (each Failsafe execution starts its own). A class
 * whose deployment differs from the first one's (another archive name) is deployed as usual.
 *
 * <p>What a test class may no longer assume: a freshly started application. State kept in the server's memory
 * (caches, login throttles, remembered logins) carries over from earlier classes, as it does on a real server;
 * the database always did.
 */
public final class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The observer: intercepts deployment events inside the deployment's context (lower precedence = inner). */
    public static final class Deployer {

        /** The deployed archive and its metadata; one server per JVM (per Failsafe execution). */
        private static Archive<?> deployed;

        private static ProtocolMetaData metadata;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetadata;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        private Instance<ProtocolMetaData> current;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
            Deployment d = context.getEvent().getDeployment();
            Archive<?> archive = archive(d.getDescription());
            if (deployed != null && archive != null && deployed.getName().equals(archive.getName())) {
                description.set(d.getDescription());
                deployment.set(d);
                protocolMetadata.set(metadata);
                d.deployed();
                return;
            }
            context.proceed();
            if (archive != null && d.isDeployed() && !d.hasDeploymentError()) {
                deployed = archive;
                metadata = current.get();
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Archive<?> archive = archive(context.getEvent().getDeployment().getDescription());
            if (deployed != null && archive != null && deployed.getName().equals(archive.getName())) {
                context.getEvent().getDeployment().undeployed();
                return; // kept for the next class; undeployed before the server stops
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            if (deployed != null) {
                Archive<?> archive = deployed;
                deployed = null;
                metadata = null;
                event.getDeployableContainer().undeploy(archive);
            }
        }

        private static Archive<?> archive(DeploymentDescription d) {
            if (!d.isArchiveDeployment()) {
                return null;
            }
            return d.getTestableArchive() != null ? d.getTestableArchive() : d.getArchive();
        }
    }
}
