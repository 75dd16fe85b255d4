package com.jialicare.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A closed-loop HTTP/1.1 load client: {@code connections} threads, each with one kept-alive socket, sending
 * the next request as soon as the last answer is read. Small and allocation-light on purpose, since it
 * shares the machine's cores with the server: a heavier client would measure itself. Latency is from
 * writing the request to reading the last byte of the answer; percentiles are read from all latencies of
 * the measured interval, sorted (nearest rank).
 */
final class LoadTest {

    /** The figures of one run. */
    record Result(
            String name,
            long requests,
            long errors,
            double seconds,
            double p50Ms,
            double p99Ms,
            double maxMs,
            String firstError) {

        double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,9.0f req/s  p50 %6.2f ms  p99 %7.2f ms  max %7.1f ms  (%,d requests, %d errors%s)",
                    perSecond(),
                    p50Ms,
                    p99Ms,
                    maxMs,
                    requests,
                    errors,
                    firstError == null ? "" : ": " + firstError);
        }
    }

    private LoadTest() {}

    /**
     * @param paths the path of each next request, from the thread's own seeded random
     */
    static Result run(
            String name,
            int port,
            String authorization,
            int connections,
            Duration warmUp,
            Duration measure,
            Function<Random, String> paths)
            throws InterruptedException {
        Worker[] workers = new Worker[connections];
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            workers[i] = new Worker(port, authorization, paths, new Random(1000 + i));
            threads[i] = new Thread(workers[i], "load-" + name + "-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        Thread.sleep(warmUp.toMillis());
        long start = System.nanoTime();
        for (Worker w : workers) {
            w.measureFrom = start;
        }
        Thread.sleep(measure.toMillis());
        long end = System.nanoTime();
        for (Worker w : workers) {
            w.measureUntil = end;
            w.stop = true;
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        long requests = 0;
        long errors = 0;
        String firstError = null;
        int n = 0;
        for (Worker w : workers) {
            requests += w.count;
            errors += w.errors;
            n += w.count;
            if (firstError == null && w.firstError.get() != null) {
                firstError = w.firstError.get();
            }
        }
        long[] all = new long[n];
        int k = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, k, w.count);
            k += w.count;
        }
        Arrays.sort(all);
        return new Result(
                name,
                requests,
                errors,
                (end - start) / 1e9,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6,
                firstError);
    }

    /** Nearest rank: the smallest latency that at least that share of requests did not exceed. */
    static double percentile(long[] sorted, double share) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static final class Worker implements Runnable {
        private final int port;
        private final String authorization;
        private final Function<Random, String> paths;
        private final Random random;
        volatile long measureFrom = Long.MAX_VALUE;
        volatile long measureUntil = Long.MAX_VALUE;
        volatile boolean stop;
        long[] latencies = new long[1 << 16];
        int count;
        long errors;
        final AtomicReference<String> firstError = new AtomicReference<>();
        private final byte[] buffer = new byte[1 << 16];

        Worker(int port, String authorization, Function<Random, String> paths, Random random) {
            this.port = port;
            this.authorization = authorization;
            this.paths = paths;
            this.random = random;
        }

        @Override
        public void run() {
            Socket socket = null;
            InputStream in = null;
            OutputStream out = null;
            while (!stop) {
                try {
                    if (socket == null) {
                        socket = new Socket();
                        socket.setTcpNoDelay(true);
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                        socket.setSoTimeout(60_000);
                        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                        out = new BufferedOutputStream(socket.getOutputStream(), 4096);
                    }
                    String path = paths.apply(random);
                    byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                                    + "Accept: */*\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    long t0 = System.nanoTime();
                    out.write(request);
                    out.flush();
                    int status = readResponse(in);
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= measureUntil) {
                        if (status != 200) {
                            errors++;
                            firstError.compareAndSet(null, "HTTP " + status + " for " + path);
                        }
                        record(t1 - t0);
                    }
                    if (closeAfter) {
                        socket.close();
                        socket = null;
                    }
                } catch (IOException e) {
                    if (!stop) {
                        errors++;
                        firstError.compareAndSet(null, e.toString());
                    }
                    try {
                        if (socket != null) {
                            socket.close();
                        }
                    } catch (IOException ignored) {
                        // reconnect
                    }
                    socket = null;
                }
            }
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // done
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        private boolean closeAfter;

        /** Reads a whole response (Content-Length or chunked); returns the status. */
        private int readResponse(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            closeAfter = false;
            String header;
            while (!(header = line(in)).isEmpty()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            if (chunked) {
                while (true) {
                    String size = line(in);
                    int semi = size.indexOf(';');
                    long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                    if (n == 0) {
                        while (!line(in).isEmpty()) {
                            // trailers
                        }
                        break;
                    }
                    skip(in, n);
                    line(in);
                }
            } else if (length > 0) {
                skip(in, length);
            }
            return status;
        }

        private void skip(InputStream in, long n) throws IOException {
            while (n > 0) {
                int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (r < 0) {
                    throw new EOFException("Connection closed inside a body");
                }
                n -= r;
            }
        }

        private final StringBuilder lineBuffer = new StringBuilder(128);

        private String line(InputStream in) throws IOException {
            lineBuffer.setLength(0);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new EOFException("Connection closed");
                }
                if (c != '\r') {
                    lineBuffer.append((char) c);
                }
            }
            return lineBuffer.toString();
        }
    }
}
