package org.awesomevlm.kg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.awesomevlm.kg.KgException;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;

/**
 * HTTP Basic authentication for the write endpoints: users from a Jetty realm file ({@code user:
 * password[,role]}), required on {@code /update}, on {@code /$/backup} and on {@code /data} for
 * every method except GET, HEAD and OPTIONS.
 */
final class WriteSecurity {
    static final String REALM = "awesome-vlm-kg";
    private static final String[] READS = {"GET", "HEAD", "OPTIONS"};

    private WriteSecurity() {}

    static ConstraintSecurityHandler handler(Path passwordFile) {
        if (!Files.isReadable(passwordFile))
            throw new KgException(passwordFile, 0, "password file not found or not readable");
        ConstraintSecurityHandler sh =
                JettySecurityLib.makeSecurityHandler(
                        REALM,
                        JettySecurityLib.makeUserStore(passwordFile.toString()),
                        AuthScheme.BASIC);
        sh.addConstraintMapping(mapping("/" + FMod_Sparql.UPDATE));
        sh.addConstraintMapping(mapping(FMod_Backup.PATH));
        ConstraintMapping data = mapping("/" + FMod_Sparql.DATA);
        data.setMethodOmissions(READS);
        sh.addConstraintMapping(data);
        // Reads of /data stay open; saying so explicitly leaves no method "uncovered".
        for (String method : READS) {
            ConstraintMapping read = new ConstraintMapping();
            read.setPathSpec("/" + FMod_Sparql.DATA);
            read.setMethod(method);
            read.setConstraint(Constraint.ALLOWED);
            sh.addConstraintMapping(read);
        }
        return sh;
    }

    private static ConstraintMapping mapping(String pathSpec) {
        ConstraintMapping m = new ConstraintMapping();
        m.setPathSpec(pathSpec);
        m.setConstraint(Constraint.ANY_USER);
        return m;
    }
}
