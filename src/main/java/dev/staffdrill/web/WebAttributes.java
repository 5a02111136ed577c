package dev.staffdrill.web;

/** Names of request attributes shared between the filters and the handlers. */
public final class WebAttributes {
    public static final String USER_ID = "sd.userId";
    public static final String SESSION = "sd.session";

    private WebAttributes() {
    }
}
