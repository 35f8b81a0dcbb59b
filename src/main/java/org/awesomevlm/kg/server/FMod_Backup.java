package org.awesomevlm.kg.server;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * {@code POST /$/backup} (the path of Fuseki's admin backup) for an authenticated user of the
 * password file: the dataset as gzipped N-Quads. Mounted only when writes are on; a read-only
 * server has no credentials to check, so the path does not exist there (404, like every {@code /$/}
 * path).
 */
final class FMod_Backup implements FusekiModule {
    static final String PATH = "/$/backup";

    @Override
    public String name() {
        return "kg-backup";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (ServerSettings.of(builder).updatable()) builder.addServlet(PATH, new BackupServlet());
    }
}
