package io.github.sqlaudit.cmdb;

import java.util.regex.Pattern;

/** Recognises IP address literals without ever asking DNS (InetAddress would look names up). */
final class IpAddress {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpAddress() {
    }

    static boolean isLiteral(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (!text.contains(":") || !IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        // Only hex digits, colons and dots reach this point, so the JDK parses a literal and never resolves.
        try {
            java.net.InetAddress.getByName(text);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
