package org.evidencecatalogue.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the running test server over real HTTP, with cookies, who sends forms the way a browser does:
 * with the CSRF token of the page the form came from. For what MockMvc cannot show (error pages, session ids).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient client;

    public WebSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(this.cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form with the CSRF token found in {@code page}, the HTML the form is on. */
    public HttpResponse<String> post(String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher token = CSRF.matcher(page);
        if (token.find()) {
            all.put("_csrf", token.group(1));
        }
        return postRaw(path, all);
    }

    /** Posts exactly these fields, CSRF token or not. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet()
            .stream()
            .map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    }

    /** Signs in through the sign-in page; returns the response to the form's POST. */
    public HttpResponse<String> signIn(String username, String password) {
        return post("/login", get("/login").body(), Map.of("username", username, "password", password));
    }

    public String sessionId() {
        return this.cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter((cookie) -> cookie.getName().equals("JSESSIONID"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
