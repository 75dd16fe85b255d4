package com.jialicare.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name=value} and {@code --flag} (true) command-line arguments. */
final class Args {

    private Args() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                map.put(arg.substring(2), "true");
            } else {
                map.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return map;
    }
}
