package com.jialicare.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provisioned WildFly ({@code ear/target/server}) run as a child process for one benchmark: its own
 * server base directory under the benchmark's work folder (configuration copied, the EAR in
 * {@code deployments}, its own data and logs), so the build's server and its Arquillian runs are not
 * touched; its own port offset; the database from the environment as in production.
 */
final class WildFly implements AutoCloseable {

    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Process script;
    private final ProcessHandle java;
    private final int httpPort;
    private final Path log;
    private final long maxHeapMb;

    /** Heap figures in MB: used as found, committed, the maximum, and used after a full collection. */
    record Heap(long usedMb, long committedMb, long maxMb, long liveMb) {

        @Override
        public String toString() {
            return String.format(
                    "heap %,d MB used (%,d MB live after a full GC) of %,d MB committed, max %,d MB",
                    usedMb, liveMb, committedMb, maxMb);
        }
    }

    private WildFly(Process script, ProcessHandle java, int httpPort, Path log, long maxHeapMb) {
        this.script = script;
        this.java = java;
        this.httpPort = httpPort;
        this.log = log;
        this.maxHeapMb = maxHeapMb;
    }

    /**
     * Starts the server and waits until {@code /api/health} answers 200 (the EAR deployed, Flyway done).
     *
     * @param env the application's settings (JIALI_DB_URL …)
     */
    static WildFly start(
            Path serverHome,
            Path ear,
            Path baseDir,
            int portOffset,
            String heap,
            Map<String, String> env,
            Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(serverHome.resolve("modules")) || !Files.isRegularFile(ear)) {
            throw new IllegalStateException("No provisioned server at " + serverHome + " or no EAR at " + ear
                    + ": build first (the README's benchmark command does)");
        }
        int port = 8080 + portOffset;
        // never talk to somebody else's server: its /api/health would answer as well as ours
        for (int p : new int[] {port, 9990 + portOffset}) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress("127.0.0.1", p));
            } catch (IOException inUse) {
                throw new IllegalStateException(
                        "Port " + p + " is in use (another server?); choose another offset "
                                + "with -Dbench.port.offset=…",
                        inUse);
            }
        }
        deleteTree(baseDir);
        copyTree(serverHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path log = baseDir.resolve("console.log");

        List<String> command = new ArrayList<>(List.of(
                serverHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment()
                .put(
                        "JAVA_OPTS",
                        "-Xms256m -Xmx" + heap + " -XX:+UseG1GC -Djava.net.preferIPv4Stack=true "
                                + "-Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true "
                                + System.getenv().getOrDefault("BENCH_SERVER_OPTS", ""));
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true"); // the script forwards signals to java
        Process script = pb.start();
        try {
            return awaitHealth(script, port, log, parseMb(heap), timeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
            throw e;
        }
    }

    private static WildFly awaitHealth(Process script, int port, Path log, long maxHeapMb, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!script.isAlive()) {
                throw new IllegalStateException("WildFly stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "WildFly did not answer /api/health within " + timeout + "; see " + log);
            }
            Thread.sleep(500);
        }
        ProcessHandle java = script.toHandle()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No java process under " + script.pid()));
        return new WildFly(script, java, port, log, maxHeapMb);
    }

    int httpPort() {
        return httpPort;
    }

    long pid() {
        return java.pid();
    }

    Path log() {
        return log;
    }

    /** The heap now, and after a full collection ({@code jcmd GC.heap_info}, {@code GC.run}). */
    Heap heap() throws IOException, InterruptedException {
        long[] now = heapInfo();
        jcmd("GC.run");
        long[] live = heapInfo();
        return new Heap(now[1] / 1024, now[0] / 1024, maxHeapMb, live[1] / 1024);
    }

    private long[] heapInfo() throws IOException, InterruptedException {
        String out = jcmd("GC.heap_info");
        Matcher m = HEAP.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected jcmd GC.heap_info output: " + out);
        }
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", String.valueOf(java.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    /** Graceful shutdown (SIGTERM to the server's java, which the script waits for); forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        java.destroy();
        if (!java.onExit()
                .completeOnTimeout(null, 60, TimeUnit.SECONDS)
                .thenApply(p -> p != null)
                .join()) {
            java.destroyForcibly();
        }
        if (!script.waitFor(30, TimeUnit.SECONDS)) {
            script.destroyForcibly();
        }
    }

    private static long parseMb(String size) {
        String s = size.toLowerCase();
        long n = Long.parseLong(s.replaceAll("[^0-9]", ""));
        return s.endsWith("g") ? n * 1024 : s.endsWith("m") ? n : n / (1024 * 1024);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.delete(f);
            }
        }
    }
}
