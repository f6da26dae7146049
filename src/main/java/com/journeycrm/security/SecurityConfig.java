package com.journeycrm.security;

import com.journeycrm.base.ui.MissingPageView;
import com.journeycrm.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Before everything else, so that responses the security chain never sees carry the headers too. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Health and metrics, on the management port only: open to the probes and scrapers that reach that port. */
    /** Right after the headers: an oversized form is refused before anything parses it. */
    @Bean
    FilterRegistrationBean<OversizedForms> oversizedForms(
            @Value("${server.tomcat.max-http-form-post-size}") DataSize limit) {
        var registration = new FilterRegistrationBean<>(new OversizedForms(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The login page must be styled before anyone has logged in.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/images/**", "/icons/**", "/favicon.ico")
                        .permitAll());
        // Vaadin's chain refuses a signed-in user's request for an address that is no view; a browser shows an
        // empty 403 as its own error page, so a page load gets the app's "no such page" instead
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
            String accept = request.getHeader("Accept");
            if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
                response.sendRedirect(request.getContextPath() + "/" + MissingPageView.ROUTE);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }));
        http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        http.addFilterBefore(new LoginOriginCheck(), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Publishes login successes and failures, which {@link LoginAttempts} counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
