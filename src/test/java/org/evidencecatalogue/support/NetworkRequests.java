package org.evidencecatalogue.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * The requests a page made, read from Chromium's performance log ({@code Network.requestWillBeSent} and
 * {@code Network.webSocketCreated} events), which a session records when started with
 * {@link Browser.Settings#recordingRequests()}. The log needs no DevTools bindings for the browser's exact
 * version (Selenium ships bindings for a few versions only), so it works with whatever Chromium Debian ships.
 */
public final class NetworkRequests {

    /**
     * Schemes that never touch the network: inline data, and the browser's own pages and resources (a new
     * tab page may still be loading when a session starts).
     */
    private static final Set<String> LOCAL_SCHEMES = Set.of("data", "blob", "about", "chrome", "chrome-untrusted",
            "devtools");

    private static final Json JSON = new Json();

    private NetworkRequests() {
    }

    /** Every URL requested since the last call (reading the log empties it). */
    public static List<String> drain(RemoteWebDriver driver) {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = message(entry);
            if (!(message.get("params") instanceof Map<?, ?> params)) {
                continue;
            }
            if ("Network.requestWillBeSent".equals(message.get("method"))
                    && params.get("request") instanceof Map<?, ?> request && request.get("url") instanceof String url) {
                urls.add(url);
            }
            if ("Network.webSocketCreated".equals(message.get("method")) && params.get("url") instanceof String url) {
                urls.add(url);
            }
        }
        return urls;
    }

    /** The URLs that go anywhere but the given origin (scheme, host and port), in the order requested. */
    public static List<String> leavingOrigin(List<String> urls, URI origin) {
        return urls.stream().filter((url) -> !isLocal(url, origin)).toList();
    }

    private static boolean isLocal(String url, URI origin) {
        int colon = url.indexOf(':');
        if (colon > 0 && LOCAL_SCHEMES.contains(url.substring(0, colon))) {
            return true;
        }
        try {
            URI uri = URI.create(url);
            return origin.getScheme().equals(uri.getScheme()) && origin.getHost().equals(uri.getHost())
                    && origin.getPort() == uri.getPort();
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(LogEntry entry) {
        Map<String, Object> envelope = JSON.toType(entry.getMessage(), Map.class);
        return (envelope.get("message") instanceof Map<?, ?> message) ? (Map<String, Object>) message : Map.of();
    }

}
