package com.jialicare.interfaces.rest;

import com.jialicare.interfaces.rest.CareHomesResource.BedStatusView;
import com.jialicare.interfaces.rest.CareHomesResource.Occupant;
import jakarta.json.Json;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the bed list ({@code GET /api/care-homes/{id}/beds}), the API's most frequent read, as UTF-8 bytes
 * in one piece with its length: exactly what JSON-B writes for these records (names in alphabetical order,
 * null fields left out; {@code BedListWriterTest} compares the two on random boards), at a fraction of the
 * cost. Once the bed board came from memory, JSON-B's serializer was 40% of the request's time and the
 * container's chunked writes much of the rest (docs/BENCHMARKS.md). Text that needs escaping is escaped by
 * JSON-P, so both agree on every character.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class BedListWriter implements MessageBodyWriter<List<BedStatusView>> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type)
                && genericType instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == BedStatusView.class;
    }

    @Override
    public void writeTo(
            List<BedStatusView> beds,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        Bytes json = new Bytes(256 + beds.size() * 200);
        json.add('[');
        for (int i = 0; i < beds.size(); i++) {
            if (i > 0) {
                json.add(',');
            }
            write(json, beds.get(i));
        }
        json.add(']');
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, json.length);
        out.write(json.bytes, 0, json.length);
    }

    private static final byte[] CODE = ascii("{\"code\":");
    private static final byte[] COMMISSIONED_ON = ascii(",\"commissionedOn\":");
    private static final byte[] ID = ascii(",\"id\":");
    private static final byte[] OCCUPANT = ascii(",\"occupant\":{");
    private static final byte[] NAME = ascii("\"name\":");
    private static final byte[] RESIDENT_ID = ascii("\"residentId\":");
    private static final byte[] SINCE = ascii(",\"since\":");
    private static final byte[] STAY_ID = ascii(",\"stayId\":");
    private static final byte[] RETIRED_ON = ascii(",\"retiredOn\":");
    private static final byte[] ROOM = ascii(",\"room\":");
    private static final byte[] STATUS = ascii(",\"status\":");

    private static void write(Bytes json, BedStatusView b) {
        // every field in alphabetical order, as JSON-B writes them; null ones left out (code, commissionedOn,
        // id and status are never null)
        json.add(CODE).text(b.code());
        json.add(COMMISSIONED_ON).date(b.commissionedOn());
        json.add(ID).number(b.id());
        Occupant o = b.occupant();
        if (o != null) {
            json.add(OCCUPANT);
            if (o.name() != null) {
                json.add(NAME).text(o.name()).add(',');
            }
            json.add(RESIDENT_ID).number(o.residentId());
            if (o.since() != null) {
                json.add(SINCE).date(o.since());
            }
            json.add(STAY_ID).number(o.stayId()).add('}');
        }
        if (b.retiredOn() != null) {
            json.add(RETIRED_ON).date(b.retiredOn());
        }
        if (b.room() != null) {
            json.add(ROOM).text(b.room());
        }
        json.add(STATUS).text(b.status()).add('}');
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growing byte array with the few JSON pieces the bed list needs; nothing allocated per piece. */
    private static final class Bytes {

        private byte[] bytes;
        private int length;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        private void room(int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
        }

        Bytes add(char c) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }

        Bytes add(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
            return this;
        }

        Bytes number(long v) {
            if (v < 0) {
                if (v == Long.MIN_VALUE) {
                    return add(ascii(Long.toString(v)));
                }
                add('-');
                v = -v;
            }
            room(20);
            int start = length;
            do {
                bytes[length++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v != 0);
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte t = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = t;
            }
            return this;
        }

        /** {@code "yyyy-MM-dd"}, as {@link LocalDate#toString()} writes it. */
        Bytes date(LocalDate d) {
            int y = d.getYear();
            if (y < 1000 || y > 9999) {
                return text(d.toString());
            }
            room(12);
            bytes[length++] = '"';
            digits(y, 4);
            bytes[length++] = '-';
            digits(d.getMonthValue(), 2);
            bytes[length++] = '-';
            digits(d.getDayOfMonth(), 2);
            bytes[length++] = '"';
            return this;
        }

        private void digits(int v, int n) {
            for (int i = n - 1; i >= 0; i--) {
                bytes[length + i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            length += n;
        }

        /** A JSON string: plain ASCII copied as it is, other text in UTF-8, escapes as JSON-P writes them. */
        Bytes text(String s) {
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\') {
                    return add(Json.createValue(s).toString().getBytes(StandardCharsets.UTF_8));
                }
                ascii &= c < 0x80;
            }
            if (!ascii) {
                return add('"').add(s.getBytes(StandardCharsets.UTF_8)).add('"');
            }
            room(n + 2);
            bytes[length++] = '"';
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) s.charAt(i);
            }
            bytes[length++] = '"';
            return this;
        }
    }
}
