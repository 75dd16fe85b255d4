package com.jialicare.interfaces.shared;

/** Personal data as the public may see it (the public notice): names with their middle hidden. */
public final class Masking {

    private Masking() {}

    /** 王秀英 → 王*英, 李四 → 李*, one letter stays one letter. */
    public static String name(String name) {
        if (name == null || name.length() < 2) {
            return name;
        }
        if (name.length() == 2) {
            return name.charAt(0) + "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
    }
}
