package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPOutputStream;
import org.awesomevlm.kg.store.Backup;

/**
 * Streams the whole dataset as gzipped N-Quads from one read transaction ({@link Backup#write}): a
 * committed state even while updates go on, and the same file {@code kg backup} writes, so {@code
 * kg restore} reads it. Jetty's constraint ({@link WriteSecurity}) asks for the credentials; the
 * check here is the second line.
 */
final class BackupServlet extends HttpServlet {
    private static final int BUFFER = 64 * 1024;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getRemoteUser() == null) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + WriteSecurity.REALM + "\"");
            Errors.send(resp, HttpServletResponse.SC_UNAUTHORIZED, "backup needs credentials");
            return;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"kg-" + stamp + ".nq.gz\"");
        resp.setHeader("Cache-Control", "no-store");
        // A failure after the first bytes cannot change the status: the exception aborts the
        // connection and the client holds a gzip stream without its trailer, which kg restore
        // refuses, so a cut backup is never mistaken for a whole one.
        OutputStream gz = new GZIPOutputStream(resp.getOutputStream(), BUFFER);
        OutputStream out = new BufferedOutputStream(gz, BUFFER);
        Backup.write(ServerSettings.of(getServletContext()).dataset(), out);
        out.flush();
        gz.close();
    }
}
