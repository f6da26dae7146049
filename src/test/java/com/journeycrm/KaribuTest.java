package com.journeycrm;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Base for UI unit tests: a mocked Vaadin environment on the real Spring context and database. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.journeycrm");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserDetailsService userDetails;

    @Autowired
    protected TestData data;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private SecurityContextHolderStrategy contexts;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown(); // runs pending UI.access tasks, which still need the user
        SecurityContextHolder.clearContext();
    }

    /** Logs in as a user of the database (demo users: admin, manager, sales, sales2, sales3). */
    protected void login(String username) {
        var user = userDetails.loadUserByUsername(username);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        contexts.getContext().setAuthentication(auth);
        // Vaadin's access checks read the static holder, whose strategy is the last-started context's: with an
        // H2 and a PostgreSQL context in one test JVM that may be the other one
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) ->
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * The address the view last put in the browser's address bar in place of the current one (History.replaceState),
     * as the browser would show it; null if none since the last look.
     */
    protected static String lastReplacedAddress() {
        String address = null;
        for (var call : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            var invocation = call.getInvocation();
            if (invocation.getExpression().contains("replace")) {
                address = String.valueOf(invocation.getParameters().get(1));
            }
        }
        return address;
    }

    /** Opens an address as the browser would, its query (after "?") included. */
    protected static void navigate(String location) {
        int q = location.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(
                            location.substring(0, q),
                            com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
        }
    }

    /** The texts of the notices now showing, as a user reads them. */
    protected static List<String> notificationTexts() {
        return _find(Notification.class).stream()
                .flatMap(n -> _find(n, Span.class).stream())
                .map(Span::getText)
                .toList();
    }
}
