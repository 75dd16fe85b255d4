package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * On the cluster server sessions are replicated (issue 17), view- and session-scoped beans with them: a value
 * that cannot be serialized makes the whole session fail to replicate, and a user whose node dies loses the
 * form (or the login). Checks the declared types of every such bean's state, and of our own types inside them.
 */
@DisplayName("Session and view state")
class SessionStateSerializableTest {

    @Test
    @DisplayName("every view- or session-scoped bean keeps only serializable state")
    void serializable() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : beans()) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertThat(problems).isEmpty();
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SessionStateSerializableTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(c);
                }
            }
        }
        assertThat(beans).isNotEmpty();
        return beans;
    }

    private static void check(Class<?> c, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("com.jialicare"); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)
                        || Modifier.isTransient(m)
                        || f.isAnnotationPresent(Inject.class)
                        || f.isAnnotationPresent(EJB.class)
                        || f.isSynthetic()) {
                    continue; // the container serializes injected proxies itself
                }
                type(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void type(Type t, String path, List<String> problems, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            type(p.getRawType(), path, problems, seen);
            for (Type a : p.getActualTypeArguments()) {
                type(a, path + "<>", problems, seen);
            }
        } else if (t instanceof GenericArrayType a) {
            type(a.getGenericComponentType(), path + "[]", problems, seen);
        } else if (t instanceof WildcardType w) {
            for (Type u : w.getUpperBounds()) {
                type(u, path, problems, seen);
            }
        } else if (t instanceof Class<?> c) {
            if (c.isArray()) {
                type(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.isPrimitive() || c.isInterface() || c == Object.class) {
                return; // what is stored is decided at run time (List.of, a lambda…): its arguments are checked
            } else if (c.getName().startsWith("com.jialicare")) {
                check(c, path, problems, seen);
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            }
        }
    }
}
