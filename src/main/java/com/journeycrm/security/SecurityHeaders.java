package com.journeycrm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, including those Spring Security does not see: Vaadin leaves its login
 * page and static resources out of the security filter chain. Static resources keep their own caching.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** What the browser may load and run: Vaadin needs inline and evaluated scripts and inline styles, no more. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!isStatic(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/")
                || path.startsWith("/styles/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico");
    }
}
