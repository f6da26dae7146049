package com.journeycrm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form post over the size limit (only the login form is posted as a form) is answered 413 at once. Tomcat would
 * refuse to parse it anyway, but by throwing from the first filter that reads a parameter, which logs two stack
 * traces per request: anyone could fill the log that way.
 */
class OversizedForms extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedForms.class);

    private final long limit;

    OversizedForms(DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (form && request.getContentLengthLong() > limit) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (InvalidParameterException tooBig) { // a body without a declared length
            if (!response.isCommitted()) {
                refuse(response);
            }
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        log.debug("Refused a form post over the size limit");
        // not sendError: the error page would be another request through filters that parse the same body
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Too large.");
    }
}
