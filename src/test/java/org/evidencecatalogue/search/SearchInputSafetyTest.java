package org.evidencecatalogue.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.spring.JqwikSpringSupport;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.evidencecatalogue.study.Design;
import org.evidencecatalogue.support.CatalogueApplicationTest;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * "Any input is safe": whatever is typed or put in a search address, {@code /search} (whole page and htmx
 * fragment), {@code /api/v1/search} and {@code /api/v1/search/suggestions} answer with a normal result (200) or a
 * 400 with a clear message, never a 5xx, and never give typed markup back unescaped.
 * <p>
 * A 400 is right for exactly two things: text over {@value SearchRequest#MAX_TEXT_LENGTH} characters once control
 * characters are read as spaces ({@link #cleaned}), and an address whose percent-encoding is not UTF-8 (which
 * the servlet container cannot decode). For every 200 the page's search box and the API's {@code query.q} hold
 * the cleaned text; the API's other parameters are either read or named in {@code query.ignored}.
 * <p>
 * The fixed list ({@code search/hostile-inputs.txt}) goes over real HTTP, written on a socket so that invalid
 * encodings reach the server as they are; the properties (jqwik, with Spring through jqwik-spring) use MockMvc,
 * which can carry what HTTP cannot (lone surrogates), except the one about raw bytes, which uses HTTP. A failing
 * property prints its seed and shrunk sample; {@code @Property(seed = "...")} replays it.
 */
@JqwikSpringSupport
@CatalogueApplicationTest
class SearchInputSafetyTest {

    static final String TOO_LONG_PAGE = "characters; at most 500 can be searched. Shorten it and search again.";

    static final String UNREADABLE_PAGE = "could not be read";

    static final String TOO_LONG_TITLE = "Search text too long";

    static final String UNREADABLE_TITLE = "Unreadable parameters";

    /** The search's parameters other than q, which the fixed list's inputs are also put in, one at a time. */
    static final List<String> FILTERS = List.of("exact", "kind", "condition", "drug", "design", "from", "to", "pem",
            "sort", "page");

    /** Elements an injection would add: each page must have exactly as many as a harmless search. */
    static final List<String> WATCHED_ELEMENTS = List.of("script", "style", "link", "meta", "base", "iframe", "frame",
            "frameset", "object", "embed", "img", "image", "svg", "math", "form", "textarea", "button", "select",
            "template", "video", "audio", "source", "input", "title");

    /** Typed text that would be markup if given back raw: a tag, an attribute breaking out of quotes, an entity. */
    static final Pattern INJECTED_TAG = Pattern.compile("<[A-Za-z!/?][^\\n]{0,24}");

    static final Pattern INJECTED_ATTRIBUTE = Pattern.compile("[\"'`]\\s*(>|[A-Za-z-]+\\s*=)");

    static final Pattern INJECTED_ENTITY = Pattern.compile("&#?[A-Za-z0-9]{1,8};[^&\\s]{1,10}");

    static final Pattern INJECTED_HEADER = Pattern.compile("(?im)^(x-injected|set-cookie:\\s*x=1|location:\\s*https://evil)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private static Baseline pageBaseline;

    private static Baseline fragmentBaseline;

    // ---------------------------------------------------------------------------------------------------------------
    // The fixed list, over real HTTP

    @Example
    void everyHostileInputIsAnsweredSafelyOverHttp() {
        List<HostileInput> inputs = HostileInput.readAll("/search/hostile-inputs.txt");
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(200);
        List<String> failures = new ArrayList<>();
        int filter = 0;
        for (HostileInput input : inputs) {
            String query;
            String shown;
            if (input.raw()) {
                query = "q=" + input.text();
                shown = "q=" + input.text();
            }
            else if (input.text().length() > 1000) {
                query = "q=" + encode(input.text());
                shown = show(input.text());
            }
            else {
                // The input is the text, and also the value of one other parameter (each in turn).
                String other = FILTERS.get(filter++ % FILTERS.size());
                query = "q=" + encode(input.text()) + "&" + other + "=" + encode(input.text());
                shown = show(input.text()) + " (also as " + other + ")";
            }
            for (Endpoint endpoint : Endpoint.values()) {
                String sent = (endpoint == Endpoint.SUGGESTIONS && !input.raw() && input.text().length() <= 1000)
                        ? "q=" + encode(input.text()) + "&limit=" + encode(input.text()) : query;
                try {
                    check(endpoint, Sent.ofQueryString(sent), http(endpoint, sent));
                }
                catch (AssertionError | RuntimeException ex) {
                    failures.add("line " + input.line() + " " + shown + " " + endpoint + ": " + ex.getMessage());
                }
            }
            if (!input.raw() && hasLoneSurrogate(input.text())) {
                // HTTP carries UTF-8 only; MockMvc gives the application the lone surrogate itself.
                for (Endpoint endpoint : Endpoint.values()) {
                    Map<String, String> parameters = Map.of("q", input.text());
                    try {
                        check(endpoint, Sent.of(parameters), mockMvc(endpoint, parameters));
                    }
                    catch (AssertionError | RuntimeException ex) {
                        failures.add("line " + input.line() + " " + shown + " " + endpoint + " (MockMvc): "
                                + ex.getMessage());
                    }
                }
            }
        }
        assertThat(failures).as("hostile inputs answered unsafely").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Properties

    @Property(tries = 60)
    void anyTextIsSafe(@ForAll("anyText") String q) {
        checkEverywhere(Map.of("q", q));
    }

    @Property(tries = 60)
    void tsqueryOperatorsQuotesAndInjectionsMixedWithWordsAreSafe(@ForAll("querySoup") String q) {
        checkEverywhere(Map.of("q", q));
    }

    @Property(tries = 50)
    void anyValueOfAnyParameterIsSafe(@ForAll("parameters") Map<String, String> parameters) {
        checkEverywhere(parameters);
    }

    @Property(tries = 25)
    void anyPercentEncodedBytesOverHttpAreSafe(@ForAll("queryBytes") byte[] bytes) {
        StringBuilder query = new StringBuilder("q=");
        for (byte b : bytes) {
            query.append('%').append(String.format("%02X", b & 0xFF));
        }
        for (Endpoint endpoint : Endpoint.values()) {
            check(endpoint, Sent.ofQueryString(query.toString()), http(endpoint, query.toString()));
        }
    }

    private void checkEverywhere(Map<String, String> parameters) {
        for (Endpoint endpoint : Endpoint.values()) {
            check(endpoint, Sent.of(parameters), mockMvc(endpoint, parameters));
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)),
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0, 0x9F)),
                Tuple.of(3, Arbitraries.of(SPECIAL_CODE_POINTS)),
                Tuple.of(1, Arbitraries.integers().between(Character.MIN_SURROGATE, Character.MAX_SURROGATE)),
                Tuple.of(1, Arbitraries.integers().between(0x0590, 0x08FF)),
                Tuple.of(1, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1FAFF)));
        Arbitrary<List<Integer>> usual = codePoint.list().ofMaxSize(60);
        Arbitrary<List<Integer>> nearTheLimit = codePoint.list().ofMinSize(490).ofMaxSize(515);
        return Arbitraries.frequencyOf(Tuple.of(9, usual), Tuple.of(1, nearTheLimit))
            .map(SearchInputSafetyTest::fromCodePoints);
    }

    @Provide
    Arbitrary<String> querySoup() {
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(WORDS)),
                Tuple.of(4, Arbitraries.of(OPERATORS)), Tuple.of(3, Arbitraries.of(INJECTIONS)),
                Tuple.of(1, Arbitraries.strings().withChars("&|!:*()<->'\"\\%$#{}[]_/;=@~^`").ofMinLength(1)
                    .ofMaxLength(6)),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u0000", "\u3000",
                "-", "\"");
        return Combinators.combine(token.list().ofMaxSize(14), separator.list().ofMinSize(1).ofMaxSize(14))
            .as((tokens, separators) -> {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < tokens.size(); k++) {
                    text.append(tokens.get(k)).append(separators.get(k % separators.size()));
                }
                return text.toString();
            });
    }

    @Provide
    Arbitrary<Map<String, String>> parameters() {
        List<String> names = new ArrayList<>();
        names.add("q");
        names.addAll(FILTERS);
        names.add("limit");
        List<Arbitrary<String>> values = new ArrayList<>();
        for (String name : names) {
            List<String> good = GOOD_VALUES.getOrDefault(name, List.of());
            Arbitrary<String> value = Arbitraries.frequencyOf(
                    Tuple.of(4, good.isEmpty() ? Arbitraries.of(WORDS) : Arbitraries.of(good)),
                    Tuple.of(3, Arbitraries.of(ODD_VALUES)), Tuple.of(1, anyText()), Tuple.of(1, querySoup()));
            values.add(value.injectNull(name.equals("q") ? 0.2 : 0.5));
        }
        return Combinators.combine(values).as((chosen) -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int k = 0; k < names.size(); k++) {
                if (chosen.get(k) != null) {
                    parameters.put(names.get(k), chosen.get(k));
                }
            }
            return parameters;
        });
    }

    @Provide
    Arbitrary<byte[]> queryBytes() {
        Arbitrary<byte[]> chunk = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E).map((b) -> new byte[] { b.byteValue() })),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xFF).map((b) -> new byte[] { b.byteValue() })),
                Tuple.of(1, Arbitraries.of(0x00, 0x0A, 0x0D, 0x25, 0x26, 0x2B, 0x3C, 0x3D, 0x22)
                    .map((b) -> new byte[] { b.byteValue() })),
                Tuple.of(3, Arbitraries.integers().between(0x80, Character.MAX_CODE_POINT)
                    .filter((c) -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                    .map((c) -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8))),
                // Surrogates as CESU-8, overlong forms, truncated sequences.
                Tuple.of(1, Arbitraries.of(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                        new byte[] { (byte) 0xC0, (byte) 0xAF }, new byte[] { (byte) 0xE2, (byte) 0x82 },
                        new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x98 })));
        return chunk.list().ofMaxSize(30).map((chunks) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            chunks.forEach(bytes::writeBytes);
            return bytes.toByteArray();
        });
    }

    static final List<Integer> SPECIAL_CODE_POINTS = "<>\"'&\\%|!:*(){}$#_[];-/`~^=+?@ \t\n\r\u0000\u00A0\u200B\u200D\uFEFF\u202E\u2028\uE000\uE001\uFFFD\uFFFE\uFFFF“”„\u0301\uFE0F"
        .codePoints()
        .boxed()
        .toList();

    static final List<String> WORDS = List.of("anakinra", "Kineret", "kinerett", "chronic", "fatigue", "syndrome",
            "ME/CFS", "CFS", "IL-1Ra", "the", "of", "and", "study", "trial", "covid-19", "gout", "x", "a", "ALSFRS-R",
            "randomised", "placebo", "2017", "mérida", "慢性", "синдром", "😀");

    static final List<String> OPERATORS = List.of("&", "|", "!", "!!", ":", "*", ":*", "(", ")", "()", "<->", "<2>",
            "<0>", "<99999999999>", ":A", ":ABCD", "'", "''", "\\", "\"", "\"\"", "'a':*", "a:A", "&&", "||", "-",
            "--", "/", "'k:drug'", "'g:cohort'", "'p:yes'");

    static final List<String> INJECTIONS = List.of("' or 1=1 --", "'; drop table study; --", "$$", "E'\\\\x00'", ";",
            "/*", "*/", "${7*7}", "[[${7*7}]]", "[(${x})]", "{{7*7}}", "#{7*7}", "*{7*7}", "__${7*7}__", "@{/x}",
            "~{x}", "{0}", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
            "javascript:alert(1)", "&amp;", "&lt;", "</section>", "%", "%00", "%FF", "\r\nX-Injected: 1");

    static final Map<String, List<String>> GOOD_VALUES = Map.ofEntries(
            Map.entry("exact", List.of("true", "on", "1", "yes", "false", "off", "0", "no", "TRUE", " Yes ")),
            Map.entry("kind", List.of("study", "drug", "condition", "discussion", "STUDY", " Drug ")),
            Map.entry("condition", List.of("me-cfs", "als", "gout", "rheumatoid-arthritis", "mas", "dira",
                    "no-such-condition", "ME-CFS")),
            Map.entry("drug", List.of("anakinra", "no-such-drug", "Anakinra")),
            Map.entry("design", Stream.concat(Arrays.stream(Design.values()).map(Design::name),
                    Stream.of("randomised-controlled-trial", "cohort", "Case-Control")).toList()),
            Map.entry("from", List.of("1800", "2200", "2017", "2020", "1990", " 2010 ")),
            Map.entry("to", List.of("1800", "2200", "2017", "2020", "1990", " 2010 ")),
            Map.entry("pem", List.of("required", "not-required", "REQUIRED")),
            Map.entry("sort", List.of("relevance", "newest", " Newest ")),
            Map.entry("page", List.of("1", "2", "50", "01")),
            Map.entry("limit", List.of("1", "8", "20", "99", "0", "00")));

    static final List<String> ODD_VALUES = List.of("", " ", "\t", "0", "-1", "51", "99999", "1799", "2201", "٢٠١٧",
            "２０１７", "1e3", "0x10", "NaN", "null", "undefined", "2017-2020", "not_required", "me_cfs", "me--cfs",
            "-me-cfs", "me-cfs-", "a".repeat(161), "anakinra\u0000", "study\u0000", "\u0000", "\uD800", "<script>alert(1)</script>",
            "' or 1=1 --", "${7*7}", "\"><img src=x onerror=alert(1)>", "%FF", "random_controlled_trial",
            "RANDOMISED CONTROLLED TRIAL", "newest\r\nX-Injected: 1", "1 ", "٣", "¹", "Ⅻ");

    // ---------------------------------------------------------------------------------------------------------------
    // What each answer must be

    private void check(Endpoint endpoint, Sent sent, Exchange exchange) {
        assertThat(exchange.status()).as("status (never a 5xx)").isLessThan(500);
        assertThat(exchange.headers()).as("response headers").doesNotContainPattern(INJECTED_HEADER);
        String cleaned = sent.undecodable() ? null : cleaned(sent.value("q"));
        boolean tooLong = cleaned != null && cleaned.codePointCount(0, cleaned.length()) > SearchRequest.MAX_TEXT_LENGTH;
        if (sent.undecodable() || tooLong) {
            assertThat(exchange.status()).as("status").isEqualTo(400);
        }
        else {
            assertThat(exchange.status()).as("status").isEqualTo(200);
        }
        switch (endpoint) {
            case PAGE, FRAGMENT -> checkHtml(endpoint, sent, exchange, cleaned, tooLong);
            case API -> checkSearchJson(sent, exchange, cleaned, tooLong);
            case SUGGESTIONS -> checkSuggestionsJson(sent, exchange, cleaned, tooLong);
        }
    }

    private void checkHtml(Endpoint endpoint, Sent sent, Exchange exchange, String cleaned, boolean tooLong) {
        assertThat(exchange.contentType()).as("content type").startsWith("text/html");
        String body = exchange.body();
        boolean wholePage = body.stripLeading().regionMatches(true, 0, "<!DOCTYPE html>", 0, 15);
        if (exchange.status() == 200) {
            assertThat(wholePage).as("a whole page (not the htmx fragment)").isEqualTo(endpoint == Endpoint.PAGE);
        }
        else {
            assertThat(wholePage).as("the page with its message").isTrue();
        }
        Document document = parseHtml(body);
        checkNothingInjected(document, body, sent, wholePage ? pageBaseline() : fragmentBaseline());
        if (sent.undecodable()) {
            assertThat(alertText(document)).as("message for an unreadable address").contains(UNREADABLE_PAGE);
        }
        else if (tooLong) {
            assertThat(alertText(document)).as("message for too long a text")
                .contains(String.format(Locale.ENGLISH, "Your search has %,d %s",
                        cleaned.codePointCount(0, cleaned.length()), TOO_LONG_PAGE));
        }
        else if (endpoint == Endpoint.PAGE) {
            Element box = document.getElementById("search-q");
            assertThat(box).as("search box").isNotNull();
            assertThat(box.getAttribute("value")).as("search box holds the cleaned text").isEqualTo(cleaned);
            String title = document.getElementsByTagName("title").item(0).getTextContent();
            if (cleaned.isEmpty()) {
                assertThat(title).isEqualTo("Search · Evidence Catalogue");
            }
            else {
                assertThat(title).startsWith("“").endsWith("” – search · Evidence Catalogue");
                String shown = title.substring(1, title.length() - "” – search · Evidence Catalogue".length());
                String prefix = shown.endsWith("...") ? shown.substring(0, shown.length() - 3) : shown;
                assertThat(cleaned).as("title shows the text, or its start").startsWith(prefix);
            }
        }
    }

    /** The parsed page has the elements, attributes and scripts an empty search has, no more; no typed tag is raw. */
    private void checkNothingInjected(Document document, String body, Sent sent, Baseline baseline) {
        assertThat(watchedCounts(document)).as("elements an injection would add").isEqualTo(baseline.counts());
        NodeList all = document.getElementsByTagName("*");
        for (int k = 0; k < all.getLength(); k++) {
            Element element = (Element) all.item(k);
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                String name = attribute.getName().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler attribute on <%s>", element.getLocalName()).doesNotStartWith("on");
                if (name.equals("href") || name.equals("src") || name.equals("action") || name.endsWith(":href")) {
                    assertThat(value).as("%s of <%s>", name, element.getLocalName())
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("data:")
                        .doesNotStartWith("vbscript:");
                }
            }
        }
        assertThat(htmxAttributes(document)).as("htmx attributes").isEqualTo(baseline.htmxAttributes());
        for (String typed : sent.allValues()) {
            for (Pattern pattern : List.of(INJECTED_TAG, INJECTED_ATTRIBUTE, INJECTED_ENTITY)) {
                Matcher matcher = pattern.matcher(typed);
                while (matcher.find()) {
                    String fragment = matcher.group();
                    // A fragment the escaped text itself contains proves nothing: "&-" is written "&amp;-".
                    if (!baseline.body().contains(fragment) && !HtmlUtils.htmlEscape(typed).contains(fragment)) {
                        assertThat(body).as("typed markup given back unescaped").doesNotContain(fragment);
                    }
                }
            }
        }
    }

    private void checkSearchJson(Sent sent, Exchange exchange, String cleaned, boolean tooLong) {
        if (exchange.status() != 200) {
            checkProblem(exchange, sent.undecodable() ? UNREADABLE_TITLE : TOO_LONG_TITLE,
                    tooLong ? "'q' has " + cleaned.codePointCount(0, cleaned.length()) + " characters" : "");
            return;
        }
        assertThat(exchange.contentType()).as("content type").startsWith("application/json");
        JsonNode root = readJson(exchange.body());
        JsonNode query = root.get("query");
        JsonNode correction = root.get("correction");
        if (correction.isNull()) {
            assertThat(query.get("q").asString()).as("query.q is the cleaned text").isEqualTo(cleaned);
        }
        else {
            // Nothing matched as typed: the search that ran, and query.q, are the corrected text.
            assertThat(correction.get("typed").asString()).as("correction.typed is the cleaned text")
                .isEqualTo(cleaned);
            assertThat(query.get("q").asString()).as("query.q is the corrected text")
                .isEqualTo(correction.get("corrected").asString());
        }
        List<String> ignored = new ArrayList<>();
        query.get("ignored").forEach((name) -> ignored.add(name.asString()));
        assertThat(ignored).as("query.ignored").isSubsetOf(FILTERS).doesNotHaveDuplicates();
        for (String name : List.of("kind", "condition", "drug", "design", "from", "to", "pem")) {
            boolean given = !isBlank(sent.value(name));
            boolean read = !query.get(name).isNull();
            if (given) {
                assertThat(read != ignored.contains(name)).as("%s=%s is read or named as ignored", name,
                        show(sent.value(name))).isTrue();
            }
            else {
                assertThat(read || ignored.contains(name)).as("%s not given", name).isFalse();
            }
        }
        for (String name : List.of("exact", "sort", "page")) {
            if (isBlank(sent.value(name))) {
                assertThat(ignored).as("%s not given", name).doesNotContain(name);
            }
        }
        assertThat(query.get("kind").isNull() || Set.of("study", "drug", "condition", "discussion")
            .contains(query.get("kind").asString())).as("kind").isTrue();
        assertThat(query.get("pem").isNull() || Set.of("required", "not-required")
            .contains(query.get("pem").asString())).as("pem").isTrue();
        assertThat(query.get("sort").asString()).isIn("relevance", "newest");
        if (!query.get("from").isNull() && !query.get("to").isNull()) {
            assertThat(query.get("from").asInt()).isLessThanOrEqualTo(query.get("to").asInt());
        }
        assertThat(root.get("hits").isArray()).as("hits").isTrue();
        root.get("hits").forEach((hit) -> assertThat(hit.get("url").asString()).startsWith("/"));
        assertThat(root.get("suggestions").isArray()).as("suggestions").isTrue();
    }

    private void checkSuggestionsJson(Sent sent, Exchange exchange, String cleaned, boolean tooLong) {
        if (exchange.status() != 200) {
            checkProblem(exchange, sent.undecodable() ? UNREADABLE_TITLE : TOO_LONG_TITLE,
                    tooLong ? "'q' has " + cleaned.codePointCount(0, cleaned.length()) + " characters" : "");
            return;
        }
        assertThat(exchange.contentType()).as("content type").startsWith("application/json");
        JsonNode root = readJson(exchange.body());
        assertThat(root.isArray()).as("an array").isTrue();
        assertThat(root.size()).as("at most 20").isLessThanOrEqualTo(20);
        if (cleaned.isEmpty()) {
            assertThat(root.size()).as("nothing suggested for no text").isZero();
        }
        root.forEach((suggestion) -> assertThat(suggestion.get("url").asString()).startsWith("/"));
    }

    private void checkProblem(Exchange exchange, String title, String detail) {
        assertThat(exchange.contentType()).as("content type").startsWith("application/problem+json");
        JsonNode problem = readJson(exchange.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    private JsonNode readJson(String body) {
        try {
            return this.json.readTree(body);
        }
        catch (RuntimeException ex) {
            throw new AssertionError("not valid JSON: " + ex.getMessage() + "\n" + abbreviate(body), ex);
        }
    }

    /**
     * The text as the search reads it: control, private-use and surrogate code points and the non-characters
     * U+FFFE and U+FFFF are spaces, format characters (zero-width joiners…) are dropped, and white space at
     * either end is dropped.
     */
    static String cleaned(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder();
        text.codePoints().forEach((c) -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                return;
            }
            boolean unreadable = type == Character.CONTROL || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || c == 0xFFFE || c == 0xFFFF;
            cleaned.appendCodePoint(unreadable ? ' ' : c);
        });
        return cleaned.toString().strip();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Baselines: what the page and the fragment hold for harmless searches

    private Baseline pageBaseline() {
        if (pageBaseline == null) {
            pageBaseline = baseline(Endpoint.PAGE);
        }
        return pageBaseline;
    }

    private Baseline fragmentBaseline() {
        if (fragmentBaseline == null) {
            fragmentBaseline = baseline(Endpoint.FRAGMENT);
        }
        return fragmentBaseline;
    }

    /**
     * The markup of an empty search, one with hits, facets and suggestions, and one that finds nothing: a typed
     * fragment found in any of them proves nothing when found in an answer. Their watched elements are the same.
     */
    private Baseline baseline(Endpoint endpoint) {
        StringBuilder bodies = new StringBuilder();
        Baseline first = null;
        for (String q : List.of("", "anakinra", "zzqxv")) {
            Exchange exchange = mockMvc(endpoint, q.isEmpty() ? Map.of() : Map.of("q", q));
            assertThat(exchange.status()).isEqualTo(200);
            Document document = parseHtml(exchange.body());
            Baseline baseline = new Baseline(exchange.body(), watchedCounts(document), htmxAttributes(document));
            if (first == null) {
                first = baseline;
            }
            assertThat(baseline.counts()).as("watched elements of a search for %s", q).isEqualTo(first.counts());
            assertThat(baseline.htmxAttributes()).as("htmx attributes of a search for %s", q)
                .isEqualTo(first.htmxAttributes());
            bodies.append(exchange.body()).append('\n');
        }
        return new Baseline(bodies.toString(), first.counts(), first.htmxAttributes());
    }

    private static Map<String, Integer> watchedCounts(Document document) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tag : WATCHED_ELEMENTS) {
            NodeList elements = document.getElementsByTagName(tag);
            int count = 0;
            for (int k = 0; k < elements.getLength(); k++) {
                Element element = (Element) elements.item(k);
                // Hidden fields carry a known condition or drug filter along.
                boolean filterField = tag.equals("input") && element.getAttribute("type").equals("hidden")
                        && Set.of("condition", "drug").contains(element.getAttribute("name"));
                count += filterField ? 0 : 1;
            }
            counts.put(tag, count);
        }
        return counts;
    }

    private static List<String> htmxAttributes(Document document) {
        List<String> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int k = 0; k < all.getLength(); k++) {
            NamedNodeMap attributes = all.item(k).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
                if (name.startsWith("hx-") || name.startsWith("data-hx-")) {
                    found.add(name + "=" + attributes.item(a).getNodeValue());
                }
            }
        }
        return found;
    }

    private static String alertText(Document document) {
        StringBuilder text = new StringBuilder();
        NodeList paragraphs = document.getElementsByTagName("p");
        for (int k = 0; k < paragraphs.getLength(); k++) {
            Element paragraph = (Element) paragraphs.item(k);
            if (paragraph.getAttribute("role").equals("alert")) {
                text.append(paragraph.getTextContent()).append('\n');
            }
        }
        return text.toString();
    }

    private static Document parseHtml(String html) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return builder.parse(new InputSource(new StringReader(html)));
        }
        catch (SAXException | IOException ex) {
            throw new AssertionError("HTML could not be parsed: " + ex.getMessage(), ex);
        }
    }

    record Baseline(String body, Map<String, Integer> counts, List<String> htmxAttributes) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sending

    enum Endpoint {

        PAGE("/search", "text/html", false), FRAGMENT("/search", "text/html", true),
        API("/api/v1/search", "application/json", false),
        SUGGESTIONS("/api/v1/search/suggestions", "application/json", false);

        final String path;

        final String accept;

        final boolean htmx;

        Endpoint(String path, String accept, boolean htmx) {
            this.path = path;
            this.accept = accept;
            this.htmx = htmx;
        }

    }

    record Exchange(int status, String contentType, String headers, String body) {
    }

    /**
     * What the application was given: each parameter's values as decoded, or undecodable when the query string's
     * percent-encoding is not UTF-8.
     */
    record Sent(Map<String, List<String>> parameters, boolean undecodable) {

        static Sent of(Map<String, String> parameters) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            parameters.forEach((name, value) -> values.put(name, List.of(value)));
            return new Sent(values, false);
        }

        /** Decodes as the servlet container does, strictly: any bad escape or byte sequence makes it undecodable. */
        static Sent ofQueryString(String query) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode((equals < 0) ? pair : pair.substring(0, equals));
                String value = decode((equals < 0) ? "" : pair.substring(equals + 1));
                if (name == null || value == null) {
                    return new Sent(Map.of(), true);
                }
                values.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
            }
            return new Sent(values, false);
        }

        /** A parameter's value as a String-typed request parameter receives it: several are joined by commas. */
        String value(String name) {
            List<String> found = this.parameters.get(name);
            return (found == null) ? null : String.join(",", found);
        }

        List<String> allValues() {
            return this.parameters.values().stream().flatMap(List::stream).toList();
        }

        private static String decode(String encoded) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int k = 0; k < encoded.length(); k++) {
                char c = encoded.charAt(k);
                if (c == '%') {
                    if (k + 2 >= encoded.length()) {
                        return null;
                    }
                    int high = Character.digit(encoded.charAt(k + 1), 16);
                    int low = Character.digit(encoded.charAt(k + 2), 16);
                    if (high < 0 || low < 0) {
                        return null;
                    }
                    bytes.write(high * 16 + low);
                    k += 2;
                }
                else if (c == '+') {
                    bytes.write(' ');
                }
                else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            try {
                CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
                return decoded.toString();
            }
            catch (CharacterCodingException ex) {
                return null;
            }
        }

    }

    private Exchange mockMvc(Endpoint endpoint, Map<String, String> parameters) {
        MockHttpServletRequestBuilder request = get(endpoint.path).header("Accept", endpoint.accept);
        parameters.forEach((name, value) -> request.param(name, value));
        if (endpoint.htmx) {
            request.header("HX-Request", "true");
        }
        try {
            MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
            StringBuilder headers = new StringBuilder();
            for (String name : response.getHeaderNames()) {
                for (String value : response.getHeaders(name)) {
                    headers.append(name).append(": ").append(value).append('\n');
                }
            }
            return new Exchange(response.getStatus(), String.valueOf(response.getContentType()), headers.toString(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (Exception ex) {
            // An exception that escapes the application would be a 500 from the servlet container.
            throw new AssertionError("the request failed (a 5xx): " + ex, ex);
        }
    }

    /**
     * One HTTP/1.0 GET written on a socket, so that the query string arrives exactly as given (java.net.URI
     * refuses an invalid escape such as {@code %zz}), and the answer read whole (HTTP/1.0: no chunks).
     */
    private Exchange http(Endpoint endpoint, String query) {
        String request = "GET " + endpoint.path + (query.isEmpty() ? "" : "?" + query) + " HTTP/1.0\r\n"
                + "Host: localhost:" + this.port + "\r\n" + "Accept: " + endpoint.accept + "\r\n"
                + (endpoint.htmx ? "HX-Request: true\r\n" : "") + "\r\n";
        try (Socket socket = new Socket("127.0.0.1", this.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] response = in.readAllBytes();
            int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(end).as("a complete HTTP response").isPositive();
            String head = new String(response, 0, end, StandardCharsets.ISO_8859_1);
            String body = new String(response, end + 4, response.length - end - 4, StandardCharsets.UTF_8);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            for (String line : lines) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    contentType = line.substring(13).strip();
                }
            }
            return new Exchange(status, contentType, head.substring(head.indexOf("\r\n") + 2), body);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int k = 0; k + needle.length <= haystack.length; k++) {
            for (int n = 0; n < needle.length; n++) {
                if (haystack[k + n] != needle[n]) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }

    /** Percent-encodes the text's UTF-8 bytes, every byte but the unreserved ones (a lone surrogate becomes '?'). */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch((c) -> Character.getType(c) == Character.SURROGATE);
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }

    /** The text with everything but printable ASCII as \\uXXXX, shortened, for messages. */
    static String show(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.chars().limit(120).forEach((c) -> {
            if (c >= 0x20 && c < 0x7F) {
                shown.append((char) c);
            }
            else {
                shown.append(String.format("\\u%04X", c));
            }
        });
        shown.append('"');
        if (text.length() > 120) {
            shown.append("… (").append(text.length()).append(" chars)");
        }
        return shown.toString();
    }

    private static String abbreviate(String text) {
        return (text.length() <= 400) ? text : text.substring(0, 400) + "…";
    }

    /** One line of {@code hostile-inputs.txt}: the input, and whether it goes into the query string as written. */
    record HostileInput(int line, String text, boolean raw) {

        static final Pattern REPEAT = Pattern.compile("@repeat (\\d+) (.*)");

        static List<HostileInput> readAll(String resource) {
            List<HostileInput> inputs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            try (InputStream in = SearchInputSafetyTest.class.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                for (int k = 0; k < lines.length; k++) {
                    String line = lines[k];
                    if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) {
                        continue;
                    }
                    HostileInput input = parse(k + 1, line);
                    if (!seen.add((input.raw() ? "raw:" : "text:") + input.text())) {
                        fail("line " + (k + 1) + " repeats an earlier input: " + line);
                    }
                    inputs.add(input);
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return inputs;
        }

        static HostileInput parse(int line, String text) {
            if (text.equals("@empty")) {
                return new HostileInput(line, "", false);
            }
            if (text.startsWith("@raw ")) {
                return new HostileInput(line, text.substring(5), true);
            }
            Matcher repeat = REPEAT.matcher(text);
            if (repeat.matches()) {
                return new HostileInput(line, unescape(repeat.group(2)).repeat(Integer.parseInt(repeat.group(1))),
                        false);
            }
            if (text.matches("@[a-z]+( .*)?")) {
                fail("line " + line + ": unknown directive " + text);
            }
            return new HostileInput(line, unescape(text), false);
        }

        static String unescape(String text) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c != '\\' || k + 1 >= text.length()) {
                    out.append(c);
                    continue;
                }
                char next = text.charAt(k + 1);
                switch (next) {
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 's' -> out.append(' ');
                    case 'u' -> {
                        if (k + 2 < text.length() && text.charAt(k + 2) == '{') {
                            int close = text.indexOf('}', k + 3);
                            out.appendCodePoint(Integer.parseInt(text.substring(k + 3, close), 16));
                            k = close - 1;
                        }
                        else {
                            out.append((char) Integer.parseInt(text.substring(k + 2, k + 6), 16));
                            k += 4;
                        }
                    }
                    default -> {
                        out.append(c);
                        continue;
                    }
                }
                k++;
            }
            return out.toString();
        }

    }

}
