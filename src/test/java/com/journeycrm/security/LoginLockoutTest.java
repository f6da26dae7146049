package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestData;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Real form logins through the security filter chain against users in the database. */
@IntegrationTest
class LoginLockoutTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    AppUserRepository users;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginAttempts attempts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MvcResult login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
    }

    private static MockHttpServletRequestBuilder loginPost(String username) {
        return post("/login")
                .param("username", username)
                .param("password", "right-password")
                .with(csrf());
    }

    private static boolean succeeded(MvcResult result) {
        return result.getResponse().getRedirectedUrl() != null
                && !result.getResponse().getRedirectedUrl().contains("error");
    }

    @Test
    void a_user_logs_in_with_the_right_password() throws Exception {
        var user = data.newUser(Role.SALES, "right-password");
        assertThat(succeeded(login(user.getUsername(), "right-password"))).isTrue();
        assertThat(succeeded(login(user.getUsername(), "wrong"))).isFalse();
    }

    @Test
    void five_failed_logins_lock_the_account_for_15_minutes_even_with_the_right_password() throws Exception {
        var user = data.newUser(Role.SALES, "right-password");
        for (int i = 0; i < 5; i++) {
            assertThat(succeeded(login(user.getUsername(), "wrong-" + i))).isFalse();
        }

        var locked = login(user.getUsername(), "right-password");
        assertThat(succeeded(locked)).isFalse();
        assertThat(locked.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
                .isInstanceOf(LockedException.class);
        assertThat(users.findById(user.getId()).orElseThrow().isLockedAt(clock.instant()))
                .isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(succeeded(login(user.getUsername(), "right-password"))).isTrue();
    }

    @Test
    void four_failures_then_a_success_start_the_count_again() throws Exception {
        var user = data.newUser(Role.SALES, "right-password");
        for (int i = 0; i < 4; i++) {
            login(user.getUsername(), "wrong");
        }
        assertThat(succeeded(login(user.getUsername(), "right-password"))).isTrue();
        login(user.getUsername(), "wrong");
        assertThat(succeeded(login(user.getUsername(), "right-password"))).isTrue();
    }

    @Test
    void an_unknown_username_locks_the_same_way_so_the_message_reveals_nothing() throws Exception {
        String name = data.unique("nobody").replace(' ', '-');
        for (int i = 0; i < 5; i++) {
            login(name, "whatever");
        }
        var result = login(name, "whatever");
        assertThat(result.getRequest().getSession().getAttribute("SPRING_SECURITY_LAST_EXCEPTION"))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void an_over_long_username_is_refused_without_being_remembered() throws Exception {
        long before = attempts.trackedUnknownNames();
        for (int i = 0; i < 3; i++) {
            assertThat(succeeded(login(i + "x".repeat(100_000), "whatever"))).isFalse();
        }
        assertThat(attempts.trackedUnknownNames()).isEqualTo(before);
    }

    @Test
    void a_login_posted_from_another_site_is_refused_even_with_the_right_password() throws Exception {
        var user = data.newUser(Role.SALES, "right-password");
        var result = mvc.perform(loginPost(user.getUsername()).header("Origin", "https://evil.example"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        var fetched = mvc.perform(loginPost(user.getUsername()).header("Sec-Fetch-Site", "cross-site"))
                .andReturn();
        assertThat(fetched.getResponse().getStatus()).isEqualTo(403);
        var ownPage = mvc.perform(loginPost(user.getUsername())
                        .header("Origin", "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        assertThat(succeeded(ownPage)).isTrue();
        // behind a proxy that ends TLS the browser says https and another port: still this site
        var behindProxy = mvc.perform(loginPost(user.getUsername())
                        .header("Origin", "https://localhost:8443")
                        .header("Referer", "https://localhost:8443/login"))
                .andReturn();
        assertThat(succeeded(behindProxy)).isTrue();
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_never_goes_into_the_url() throws Exception {
        var page = mvc.perform(get("/clients")).andReturn().getResponse();
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getRedirectedUrl()).endsWith("/login").doesNotContain("jsessionid");
    }
}
