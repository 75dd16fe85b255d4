package com.jialicare.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON request body, on every endpoint, passes {@link JsonGuard} before it is bound: at most
 * {@value #MAX_BODY_BYTES} bytes (else 413), text that decodes without loss (bytes that are not UTF-8 would
 * otherwise arrive as U+FFFD and be stored), short numbers, no trailing content. It runs when the body is
 * read, which is before any role check in the service: so it must be, and is, linear in the body's size.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ReaderInterceptor {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        boolean truncated = body.length > MAX_BODY_BYTES;
        JsonGuard.check(decode(body, truncated, charset(type)), truncated, MAX_BODY_BYTES);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        String sub = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return "application".equalsIgnoreCase(type.getType()) && (sub.equals("json") || sub.endsWith("+json"));
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new JsonGuard.Rejected(415, "UNSUPPORTED_MEDIA_TYPE", null, "Unknown charset; send JSON in UTF-8");
        }
    }

    /** Decodes strictly: a byte sequence that is no character is refused, not replaced. */
    static CharSequence decode(byte[] body, boolean truncated, Charset charset) {
        int length = Math.min(body.length, MAX_BODY_BYTES);
        if (truncated && charset.equals(StandardCharsets.UTF_8)) {
            while (length > 0 && (body[length - 1] & 0xC0) == 0x80) {
                length--; // the prefix ends inside a character: leave out its continuation bytes
            }
            if (length > 0 && (body[length - 1] & 0x80) != 0) {
                length--; // and its first byte
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, 0, length));
        } catch (CharacterCodingException e) {
            throw new JsonGuard.Rejected(
                    400, "INVALID_TEXT", null, "The request body is not valid " + charset.name() + " text");
        }
    }
}
