package io.irready.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.irready.evidence.Partition;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP proxy in front of an emulator (moto) that answers as AWS does for the rules a test gives it, where emulators
 * answer in every Region for every account: a Region an account has not enabled, a Region or one action denied by a
 * service control policy, one action denied in one Region, an organization's trails as members see them, and the
 * Organizations reads of a delegated administrator. Every other request goes to the emulator unchanged.
 * <p>
 * The signing Region and service come from the request's SigV4 credential scope ({@code Credential=KEY/DATE/REGION/SERVICE/aws4_request}),
 * the operation from {@code X-Amz-Target} (JSON protocols), the {@code Action} parameter (query and EC2 protocols) or
 * the method and path (the REST operations irready's rules need). The calling account is the emulator's: the access key
 * of each AssumeRole answer that passes through is mapped to the account of the role it assumed; any other key is the
 * emulator's default account. Each error is written in its protocol's shape, as AWS documents it (see docs/development.md,
 * Development, "Testing against AWS's behaviour").
 */
public final class AwsShapedProxy implements AutoCloseable {

    /** The account the emulator acts in for a key it did not issue. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");
    private static final Pattern ROLE_ACCOUNT = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/.+");
    private static final Pattern ACCESS_KEY = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");
    private static final Pattern TRAIL_ARN = Pattern.compile("arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:(\\d{12}):trail/.+");
    /** The Regions of the aws partition this SDK build knows, which account:ListRegions lists. */
    private static final List<String> AWS_REGIONS = Region.regions().stream().map(Region::id)
            .filter(id -> id.matches("[a-z]{2}(-[a-z]+)+-\\d") && !id.startsWith("us-gov-") && !id.startsWith("cn-") && !id.contains("iso"))
            .sorted().toList();

    /** One request as the proxy saw it and how it answered: by itself ({@code answered}) or through the emulator. */
    public record Call(String account, String region, String service, String operation, int status, boolean answered) {
    }

    /** What a rule's answer is about: a request of an account (any when null) in a Region (any when null). */
    private record Scope(String account, String region) {
        boolean covers(String callerAccount, String callerRegion) {
            return (account == null || account.equals(callerAccount)) && (region == null || region.equals(callerRegion));
        }
    }

    private record Denial(Scope scope, String action, boolean byScp) {
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI emulator;
    private final Map<String, String> accountOfKey = new ConcurrentHashMap<>();
    private final List<Scope> disabledRegions = new CopyOnWriteArrayList<>();
    private final List<Scope> enabledOptInRegions = new CopyOnWriteArrayList<>();
    private final List<Scope> scpDeniedRegions = new CopyOnWriteArrayList<>();
    private final List<Denial> denials = new CopyOnWriteArrayList<>();
    private final Set<String> refusedRoleAccounts = ConcurrentHashMap.newKeySet();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile String organizationTrailOwner;
    private volatile String cloudTrailAdministrator;
    private volatile String organizationsAdministrator;
    /** A key the emulator maps to the management account (its default account). */
    private final String managementKey = "testing";

    private AwsShapedProxy(String emulator) {
        this.emulator = emulator == null ? null : URI.create(emulator.endsWith("/") ? emulator.substring(0, emulator.length() - 1) : emulator);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "aws-shaped-proxy");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A proxy in front of {@code emulator}; with null, a request no rule answers gets HTTP 500. */
    public static AwsShapedProxy inFrontOf(String emulator) {
        return new AwsShapedProxy(emulator);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The account has not enabled the opt-in {@code region} (every account when {@code account} is null). */
    public AwsShapedProxy regionNotEnabled(String account, String region) {
        if (Partition.AWS.enabledByDefault(region)) {
            throw new IllegalArgumentException(region + " is enabled in every account; AWS cannot disable it");
        }
        disabledRegions.add(new Scope(account, region));
        return this;
    }

    /** The account has enabled the opt-in {@code region}; opt-in Regions are otherwise DISABLED, as in a new account. */
    public AwsShapedProxy regionEnabled(String account, String region) {
        enabledOptInRegions.add(new Scope(account, region));
        return this;
    }

    /** A service control policy denies every regional service in {@code region} to the account (a region deny; its global services still answer). */
    public AwsShapedProxy scpDeniesRegion(String account, String region) {
        scpDeniedRegions.add(new Scope(account, region));
        return this;
    }

    /** {@code action} ("cloudtrail:DescribeTrails") is denied to the account in {@code region}: by a service control policy, or by the role's own permissions. */
    public AwsShapedProxy denies(String account, String region, String action, boolean byScp) {
        denials.add(new Denial(new Scope(account, region), action, byScp));
        return this;
    }

    /** sts:AssumeRole into any role of {@code account} is refused. */
    public AwsShapedProxy refusesRolesIn(String account) {
        refusedRoleAccounts.add(account);
        return this;
    }

    /**
     * The organization trails of {@code management} as AWS shows them: every other account's DescribeTrails lists them, and
     * their status and event selectors, read by ARN from an account that neither owns them nor is {@code cloudTrailAdministrator}
     * (may be null), answer CloudTrailARNInvalidException.
     */
    public AwsShapedProxy organizationTrailsOf(String management, String cloudTrailAdministrator) {
        this.organizationTrailOwner = management;
        this.cloudTrailAdministrator = cloudTrailAdministrator;
        return this;
    }

    /** {@code account} is the Organizations delegated administrator: its Organizations reads are answered as the management account's. */
    public AwsShapedProxy organizationsAdministrator(String account) {
        this.organizationsAdministrator = account;
        return this;
    }

    /** Every request since the last {@link #clearCalls()}. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void clearCalls() {
        calls.clear();
    }

    /** The account an access key acts in, as the emulator decides it. */
    public String accountOf(String accessKey) {
        return accountOfKey.getOrDefault(accessKey, DEFAULT_ACCOUNT);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- request handling

    /** What the proxy knows of a request once read. */
    private record Request(HttpExchange exchange, byte[] body, String accessKey, String account, String region, String service,
                           String operation, Protocol protocol) {
        String form(String name) {
            return formValue(new String(body, StandardCharsets.UTF_8), name);
        }
    }

    private enum Protocol { JSON, REST_JSON, QUERY, EC2, REST_XML }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Request request = read(exchange, body);
            if (request == null) {
                HttpResponse<byte[]> response = send(exchange, body, null);
                write(exchange, response, response == null ? new byte[0] : response.body());
                return;
            }
            if (!answer(request)) {
                relay(request);
            }
        } catch (RuntimeException e) {
            byte[] error = ("proxy failure: " + e).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, error.length);
            exchange.getResponseBody().write(error);
        }
    }

    private Request read(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher credential = authorization == null ? null : CREDENTIAL.matcher(authorization);
        if (credential == null || !credential.find()) {
            return null; // the emulator's own API (reset, seed), or an unsigned request
        }
        String key = credential.group(1);
        String service = credential.group(3);
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String text = new String(body, StandardCharsets.UTF_8);
        String action = formValue(text, "Action");
        if (action == null && exchange.getRequestURI().getRawQuery() != null) {
            action = formValue(exchange.getRequestURI().getRawQuery(), "Action");
        }
        Protocol protocol;
        String operation;
        if (target != null) {
            protocol = Protocol.JSON;
            operation = target.substring(target.lastIndexOf('.') + 1);
        } else if (action != null) {
            protocol = service.equals("ec2") ? Protocol.EC2 : Protocol.QUERY;
            operation = action;
        } else {
            protocol = service.equals("s3") || service.equals("route53") ? Protocol.REST_XML : Protocol.REST_JSON;
            operation = restOperation(service, exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        }
        return new Request(exchange, body, key, accountOf(key), credential.group(2), service, operation, protocol);
    }

    /** The REST operations the rules name; others keep their method and path. */
    private static String restOperation(String service, String method, String path) {
        if (service.equals("account") && path.equals("/listRegions")) {
            return "ListRegions";
        }
        if (service.equals("guardduty") && method.equals("GET") && path.equals("/detector")) {
            return "ListDetectors";
        }
        if (service.equals("s3") && method.equals("GET") && path.equals("/")) {
            return "ListBuckets";
        }
        return method + " " + path;
    }

    /** Answers the request by a rule; false when the emulator should. */
    private boolean answer(Request request) throws IOException {
        String region = request.region();
        if (request.service().equals("sts") && request.operation().equals("AssumeRole")) {
            Matcher role = ROLE_ACCOUNT.matcher(String.valueOf(request.form("RoleArn")));
            if (role.matches() && refusedRoleAccounts.contains(role.group(1))) {
                error(request, 403, "AccessDenied", "User: " + principal(request) + " is not authorized to perform: sts:AssumeRole on resource: "
                        + request.form("RoleArn"));
                return true;
            }
            return false; // relayed, and its key learned
        }
        if (!Partition.AWS.enabledByDefault(region) && !isEnabled(request.account(), region) && !global(request)) {
            regionNotEnabled(request);
            return true;
        }
        for (Denial denial : denials) {
            if (denial.scope().covers(request.account(), region) && denial.action().equals(action(request))) {
                accessDenied(request, denial.byScp());
                return true;
            }
        }
        if (request.service().equals("account") && request.operation().equals("ListRegions")) {
            listRegions(request);
            return true;
        }
        boolean scpDenied = scpDeniedRegions.stream().anyMatch(scope -> scope.covers(request.account(), region));
        if (scpDenied && !global(request) && !request.service().equals("sts")) {
            accessDenied(request, true);
            return true;
        }
        if (organizationTrailOwner != null && request.service().equals("cloudtrail")) {
            return organizationTrail(request);
        }
        if (request.service().equals("organizations") && request.account().equals(organizationsAdministrator)) {
            forward(request, managementKey);
            return true;
        }
        return false;
    }

    private boolean isEnabled(String account, String region) {
        if (disabledRegions.stream().anyMatch(scope -> scope.covers(account, region))) {
            return false;
        }
        return enabledOptInRegions.stream().anyMatch(scope -> scope.covers(account, region));
    }

    /** Services AWS serves from one global endpoint (signed for the partition's global Region), which a region deny exempts. */
    private static boolean global(Request request) {
        return Set.of("iam", "organizations", "account", "route53", "support", "sts").contains(request.service());
    }

    /** The request as an IAM action: the signing name's IAM prefix and the operation ("cloudtrail:DescribeTrails"). */
    private static String action(Request request) {
        String prefix = switch (request.service()) {
            case "monitoring" -> "cloudwatch";
            case "tagging" -> "tag";
            default -> request.service();
        };
        return prefix + ":" + request.operation();
    }

    /** account:ListRegions, which moto lacks: every Region of the partition with the account's opt-in status, one page at a time. */
    private void listRegions(Request request) throws IOException {
        String text = new String(request.body(), StandardCharsets.UTF_8);
        Matcher max = Pattern.compile("\"MaxResults\"\\s*:\\s*(\\d+)").matcher(text);
        Matcher token = Pattern.compile("\"NextToken\"\\s*:\\s*\"(\\d+)\"").matcher(text);
        int size = max.find() ? Integer.parseInt(max.group(1)) : 20;
        int from = token.find() ? Integer.parseInt(token.group(1)) : 0;
        List<String> entries = new ArrayList<>();
        for (int i = from; i < Math.min(from + size, AWS_REGIONS.size()); i++) {
            String region = AWS_REGIONS.get(i);
            String status = Partition.AWS.enabledByDefault(region) ? "ENABLED_BY_DEFAULT" : isEnabled(request.account(), region) ? "ENABLED" : "DISABLED";
            entries.add("{\"RegionName\":\"" + region + "\",\"RegionOptStatus\":\"" + status + "\"}");
        }
        String next = from + size < AWS_REGIONS.size() ? ",\"NextToken\":\"" + (from + size) + "\"" : "";
        respond(request, 200, "application/json", "{\"Regions\":[" + String.join(",", entries) + "]" + next + "}", Map.of());
    }

    private void regionNotEnabled(Request request) throws IOException {
        switch (request.protocol()) {
            case EC2 -> error(request, 401, "AuthFailure", "AWS was not able to validate the provided access credentials");
            case QUERY -> error(request, 403, "InvalidClientTokenId", "The security token included in the request is invalid.");
            default -> error(request, request.protocol() == Protocol.JSON ? 400 : 403, "UnrecognizedClientException",
                    "The security token included in the request is invalid.");
        }
    }

    private void accessDenied(Request request, boolean byScp) throws IOException {
        String reason = byScp
                ? " with an explicit deny in a service control policy: arn:aws:organizations::" + DEFAULT_ACCOUNT
                        + ":policy/o-exampleorg/service_control_policy/p-regiondeny"
                : " because no identity-based policy allows the " + action(request) + " action";
        String message = "User: " + principal(request) + " is not authorized to perform: " + action(request) + reason;
        switch (request.protocol()) {
            case EC2 -> error(request, 403, "UnauthorizedOperation", "You are not authorized to perform this operation. " + message
                    + ". Encoded authorization failure message: " + UUID.randomUUID());
            case QUERY, REST_XML -> error(request, 403, "AccessDenied", message);
            default -> error(request, request.protocol() == Protocol.JSON ? 400 : 403, "AccessDeniedException", message);
        }
    }

    private String principal(Request request) {
        return "arn:aws:sts::" + request.account() + ":assumed-role/irready-audit/irready";
    }

    /** Organization trails in members: listed by DescribeTrails; their details refused by ARN to other accounts than the owner and the CloudTrail administrator. */
    private boolean organizationTrail(Request request) throws IOException {
        String account = request.account();
        if (account.equals(organizationTrailOwner)) {
            return false;
        }
        switch (request.operation()) {
            case "DescribeTrails" -> {
                String own = ask(request, request.accessKey());
                String owners = ask(request, managementKey);
                respond(request, 200, "application/x-amz-json-1.1", mergeOrganizationTrails(own, owners), Map.of());
                return true;
            }
            case "GetTrailStatus", "GetEventSelectors" -> {
                String text = new String(request.body(), StandardCharsets.UTF_8);
                Matcher name = Pattern.compile("\"(?:Name|TrailName)\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
                String trail = name.find() ? name.group(1) : "";
                Matcher arn = TRAIL_ARN.matcher(trail);
                if (!arn.matches() || !arn.group(1).equals(organizationTrailOwner)) {
                    return false;
                }
                if (account.equals(cloudTrailAdministrator)) {
                    forward(request, managementKey);
                    return true;
                }
                error(request, 400, "CloudTrailARNInvalidException", "This operation is not permitted on the trail " + trail
                        + " from account " + account + ".");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The member's own trails and the owner's organization trails, each once. */
    private static String mergeOrganizationTrails(String own, String owners) {
        List<String> trails = new ArrayList<>(objects(own));
        for (String trail : objects(owners)) {
            if (trail.matches("(?s).*\"IsOrganizationTrail\"\\s*:\\s*true.*") && !trails.contains(trail)) {
                trails.add(trail);
            }
        }
        return "{\"trailList\":[" + String.join(",", trails) + "]}";
    }

    /** The objects of the response's trailList array (moto writes them flat, one level of nesting at most). */
    private static List<String> objects(String json) {
        int start = json.indexOf('[');
        List<String> objects = new ArrayList<>();
        if (start < 0) {
            return objects;
        }
        int depth = 0;
        int from = -1;
        boolean quoted = false;
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"' && json.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                if (depth++ == 0) {
                    from = i;
                }
            } else if (!quoted && c == '}') {
                if (--depth == 0) {
                    objects.add(json.substring(from, i + 1));
                }
            } else if (!quoted && c == ']' && depth == 0) {
                break;
            }
        }
        return objects;
    }

    // ---- the emulator

    /** The request sent to the emulator; DescribeRegions answers filtered to the account's enabled Regions, as AWS answers without AllRegions. */
    private void relay(Request request) throws IOException {
        HttpResponse<byte[]> response = send(request.exchange(), request.body(), null);
        if (response == null) {
            record(request, 500, false);
            write(request.exchange(), null, new byte[0]);
            return;
        }
        byte[] body = response.body();
        if (request.service().equals("sts") && request.operation().equals("AssumeRole") && response.statusCode() == 200) {
            Matcher role = ROLE_ACCOUNT.matcher(String.valueOf(request.form("RoleArn")));
            Matcher key = ACCESS_KEY.matcher(new String(body, StandardCharsets.UTF_8));
            if (role.matches() && key.find()) {
                accountOfKey.put(key.group(1), role.group(1));
            }
        }
        if (request.service().equals("ec2") && request.operation().equals("DescribeRegions") && !"true".equals(request.form("AllRegions"))) {
            body = enabledRegionsOnly(new String(body, StandardCharsets.UTF_8), request.account()).getBytes(StandardCharsets.UTF_8);
        }
        record(request, response.statusCode(), false);
        write(request.exchange(), response, body);
    }

    private String enabledRegionsOnly(String xml, String account) {
        Matcher item = Pattern.compile("(?s)<item>\\s*<regionName>([^<]+)</regionName>.*?</item>").matcher(xml);
        StringBuilder kept = new StringBuilder();
        while (item.find()) {
            String region = item.group(1);
            boolean enabled = Partition.AWS.enabledByDefault(region) || isEnabled(account, region);
            item.appendReplacement(kept, enabled ? Matcher.quoteReplacement(item.group()) : "");
        }
        item.appendTail(kept);
        return kept.toString();
    }

    /** The request sent to the emulator as the account of {@code asKey}, and its answer relayed. */
    private void forward(Request request, String asKey) throws IOException {
        HttpResponse<byte[]> response = send(request.exchange(), request.body(), asKey);
        record(request, response == null ? 500 : response.statusCode(), false);
        write(request.exchange(), response, response == null ? new byte[0] : response.body());
    }

    /** The emulator's answer to the request sent as the account of {@code asKey}. */
    private String ask(Request request, String asKey) {
        try {
            HttpResponse<byte[]> response = send(request.exchange(), request.body(), asKey);
            return response == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request sent on to the emulator, signed with {@code asKey} instead of its own key when given (the emulator reads the account from it). */
    private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body, String asKey) throws IOException {
        if (emulator == null) {
            return null;
        }
        URI uri = URI.create(emulator + exchange.getRequestURI().toString());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding").contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : values) {
                    builder.header(name, asKey != null && name.equalsIgnoreCase("Authorization") ? rekey(value, asKey) : value);
                }
            }
        });
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String rekey(String authorization, String key) {
        return authorization.replaceFirst("Credential=[^/]+/", "Credential=" + key + "/");
    }

    private static void write(HttpExchange exchange, HttpResponse<byte[]> response, byte[] body) throws IOException {
        if (response == null) {
            byte[] none = "no emulator behind the proxy".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, none.length);
            exchange.getResponseBody().write(none);
            return;
        }
        response.headers().map().forEach((name, values) -> {
            if (!Set.of("content-length", "transfer-encoding", "connection", ":status").contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    // ---- answers

    private void error(Request request, int status, String code, String message) throws IOException {
        String requestId = UUID.randomUUID().toString();
        switch (request.protocol()) {
            case JSON -> respond(request, status, "application/x-amz-json-1.1",
                    "{\"__type\":\"" + code + "\",\"message\":\"" + json(message) + "\"}", Map.of());
            case REST_JSON -> respond(request, status, "application/json", "{\"message\":\"" + json(message) + "\"}",
                    Map.of("x-amzn-ErrorType", code));
            case EC2 -> respond(request, status, "text/xml;charset=UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>"
                    + code + "</Code><Message>" + xml(message) + "</Message></Error></Errors><RequestID>" + requestId + "</RequestID></Response>", Map.of());
            case QUERY -> respond(request, status, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>"
                    + xml(message) + "</Message></Error><RequestId>" + requestId + "</RequestId></ErrorResponse>", Map.of());
            case REST_XML -> respond(request, status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
                    + "</Code><Message>" + xml(message) + "</Message><RequestId>" + requestId + "</RequestId></Error>", Map.of());
        }
    }

    private void respond(Request request, int status, String contentType, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.exchange().getResponseHeaders().set("Content-Type", contentType);
        request.exchange().getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach((name, value) -> request.exchange().getResponseHeaders().set(name, value));
        record(request, status, true);
        request.exchange().sendResponseHeaders(status, bytes.length);
        request.exchange().getResponseBody().write(bytes);
    }

    private void record(Request request, int status, boolean answered) {
        calls.add(new Call(request.account(), request.region(), request.service(), request.operation(), status, answered));
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
