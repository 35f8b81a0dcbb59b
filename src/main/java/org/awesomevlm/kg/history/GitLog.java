package org.awesomevlm.kg.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awesomevlm.kg.KgException;

/**
 * Asks the {@code git} command about a file's history (no Git library: one small dependency less).
 */
public final class GitLog {
    private static final long TIMEOUT_SECONDS = 60;

    /** One version of a file: the commit, its committer date, the file's path in that commit. */
    public record Revision(String commit, OffsetDateTime time, String path) {}

    private GitLog() {}

    /** The last commit that touched {@code file}, or empty when it is not in a git repository. */
    public static Optional<String> lastCommit(Path file) {
        Path abs = file.toAbsolutePath();
        Result r = git(abs.getParent(), "log", "-1", "--format=%H", "--", name(abs));
        String out = r.stdout().strip();
        return r.code() == 0 && out.matches("[0-9a-f]{40}") ? Optional.of(out) : Optional.empty();
    }

    /**
     * The versions of {@code file}, oldest first, following renames. Not in a git repository, or no
     * commit touches it: KgException.
     */
    public static List<Revision> history(Path file) {
        Path abs = file.toAbsolutePath();
        Result r =
                git(
                        abs.getParent(),
                        "log",
                        "--follow",
                        "--format=%x01%H%x09%cI",
                        "--name-only",
                        "--",
                        name(abs));
        if (r.code() != 0) {
            throw new KgException(file, 0, "git log failed: " + r.stderr().strip());
        }
        List<Revision> revs = new ArrayList<>();
        for (String record : r.stdout().split("\u0001")) {
            List<String> lines = record.lines().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            String[] head = lines.get(0).split("\t");
            if (head.length != 2 || lines.size() < 2) {
                throw new KgException(file, 0, "unexpected git log output: " + lines.get(0));
            }
            try {
                revs.add(
                        new Revision(
                                head[0],
                                OffsetDateTime.parse(head[1]),
                                lines.get(lines.size() - 1)));
            } catch (DateTimeParseException e) {
                throw new KgException(file, 0, "unexpected git date: " + head[1]);
            }
        }
        if (revs.isEmpty()) {
            throw new KgException(file, 0, "no git history (is the file committed?)");
        }
        Collections.reverse(revs);
        return revs;
    }

    /** The bytes of {@code rev}'s version of the file in the repository around {@code file}. */
    public static byte[] show(Path file, Revision rev) {
        Path dir = file.toAbsolutePath().getParent();
        // COMMIT:path with a repository-relative path, as --name-only reports it.
        Result r = git(dir, "show", rev.commit() + ":" + rev.path());
        if (r.code() != 0) {
            throw new KgException(
                    file, 0, "git show " + rev.commit() + " failed: " + r.stderr().strip());
        }
        return r.bytes();
    }

    private static String name(Path abs) {
        return abs.getFileName().toString();
    }

    private record Result(int code, byte[] bytes, String stderr) {
        String stdout() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Result git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.add("-C");
        cmd.add(dir.toString());
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            return new Result(127, new byte[0], "cannot run git: " + e.getMessage());
        }
        try {
            p.getOutputStream().close();
            // Read stderr on a thread so that a full pipe cannot block the process.
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread t = new Thread(() -> drain(p.getErrorStream(), err));
            t.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(124, out, "git timed out");
            }
            t.join();
            return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            p.destroyForcibly();
            return new Result(1, new byte[0], e.getMessage());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(130, new byte[0], "interrupted");
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream to) {
        try {
            in.transferTo(to);
        } catch (IOException e) {
            // The process died; its exit code tells the caller.
        }
    }
}
