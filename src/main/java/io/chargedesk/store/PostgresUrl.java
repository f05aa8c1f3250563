package io.chargedesk.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code jdbc:postgresql:} URL as {@code --db} takes it: its {@code user} and {@code password} parameters, else the
 * environment's {@code CHARGEDESK_DB_USER} and {@code CHARGEDESK_DB_PASSWORD}, are taken out of the URL, so the URL
 * ChargeDesk logs and shows in messages never carries the password.
 *
 * @param url the URL without user and password
 */
record PostgresUrl(String url, String user, String password) {

    static final String PREFIX = "jdbc:postgresql:";
    static final String USER_VARIABLE = "CHARGEDESK_DB_USER";
    static final String PASSWORD_VARIABLE = "CHARGEDESK_DB_PASSWORD";

    static boolean matches(String location) {
        return location.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** @param env where the user and password are found when the URL has none */
    static PostgresUrl parse(String location, Map<String, String> env) {
        int query = location.indexOf('?');
        String user = null;
        String password = null;
        StringBuilder rest = new StringBuilder();
        if (query >= 0) {
            for (String parameter : location.substring(query + 1).split("&")) {
                String name = parameter.substring(0, Math.max(parameter.indexOf('='), 0)).toLowerCase(Locale.ROOT);
                String value = URLDecoder.decode(parameter.substring(parameter.indexOf('=') + 1),
                        StandardCharsets.UTF_8);
                if (name.equals("user")) {
                    user = value;
                } else if (name.equals("password")) {
                    password = value;
                } else if (!parameter.isEmpty()) {
                    rest.append(rest.isEmpty() ? "?" : "&").append(parameter);
                }
            }
        }
        String base = query >= 0 ? location.substring(0, query) : location;
        return new PostgresUrl(base + rest, user != null ? user : env.getOrDefault(USER_VARIABLE, ""),
                password != null ? password : env.getOrDefault(PASSWORD_VARIABLE, ""));
    }

    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }
}
