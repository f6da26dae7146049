package com.journeycrm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: the login form posts without a token (Vaadin's login form has none), so a login from another site's
 * page is refused by where it comes from. Browsers say so in {@code Sec-Fetch-Site}, {@code Origin} or
 * {@code Referer}; a request that names another site is refused, one that names none (not a browser) passes.
 * Only the host is compared: behind a proxy that ends TLS the app sees http and its own port, the browser https.
 */
class LoginOriginCheck extends OncePerRequestFilter {

    private static final int HEADER_MAX = 2048;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromElsewhere(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in from this site's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromElsewhere(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String claimed = request.getHeader("Origin");
        if (claimed == null || claimed.equals("null")) {
            claimed = request.getHeader("Referer");
        }
        return claimed != null && !sameOrigin(claimed, request);
    }

    private static boolean sameOrigin(String claimed, HttpServletRequest request) {
        if (claimed.length() > HEADER_MAX) {
            return false;
        }
        try {
            String host = new URI(claimed).getHost();
            return host != null && host.equalsIgnoreCase(request.getServerName());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
