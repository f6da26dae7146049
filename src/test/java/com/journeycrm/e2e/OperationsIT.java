package com.journeycrm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operations team sees of the packaged jar: probes and metrics on their own port, nothing more. */
class OperationsIT {

    private static RunningApp app;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = RunningApp.get();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_answer_without_a_login_on_the_management_port() throws Exception {
        var live = get(app.managementUrl + "/actuator/health/liveness");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        var ready = get(app.managementUrl + "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void metrics_come_in_prometheus_format_with_http_jvm_pool_and_vaadin_session_figures() throws Exception {
        get(app.baseUrl + "/login");
        var metrics = get(app.managementUrl + "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "http_server_requests_seconds_count",
                        "jvm_memory_used_bytes",
                        "hikaricp_connections_active",
                        "vaadin_sessions_active");
    }

    @Test
    void the_management_port_answers_on_loopback_only() throws Exception {
        int port = URI.create(app.managementUrl).getPort();
        var outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address)
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(outside.isPresent(), "this machine has no other address");
        try (var loopback = new java.net.Socket("127.0.0.1", port)) {
            assertThat(loopback.isConnected()).isTrue();
        }
        try (var appPort =
                new java.net.Socket(outside.get(), URI.create(app.baseUrl).getPort())) {
            assertThat(appPort.isConnected())
                    .as("the app port answers on " + outside.get())
                    .isTrue();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket(outside.get(), port).close())
                .as("the management port on " + outside.get())
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void nothing_else_of_actuator_is_exposed_anywhere() throws Exception {
        for (String endpoint : new String[] {"env", "beans", "heapdump", "configprops", "loggers", "threaddump"}) {
            var answer = get(app.managementUrl + "/actuator/" + endpoint);
            assertThat(answer.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(answer.body()).as(endpoint).doesNotContain("spring.datasource", "activeProfiles");
        }
        var onTheAppPort = get(app.baseUrl + "/actuator/health");
        assertThat(onTheAppPort.body()).doesNotContain("\"status\":\"UP\"");
    }

    @Test
    void the_login_page_itself_carries_the_security_headers_and_a_cookie_only_session() throws Exception {
        var login = get(app.baseUrl + "/login");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(login.headers().firstValue("Set-Cookie")).get().asString().contains("HttpOnly", "SameSite=Lax");
        assertThat(login.body()).doesNotContain("jsessionid");
    }

    @Test
    void an_oversized_login_post_is_refused_quietly() throws Exception {
        String body = "username=" + "x".repeat(1_000_000) + "&password=x";
        for (int i = 0; i < 20; i++) {
            var answer = http.send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(413);
        }
        assertThat(Files.readString(app.log)).doesNotContain("InvalidParameterException");
    }
}
