package com.journeycrm.base.ui;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.Refusal;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Translations;
import com.journeycrm.base.validation.BundleMessages;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a change a user asked for and says how it went: a short confirmation, or why it was refused. The
 * services' refusals carry messages written for users; anything else is left to {@link FriendlyErrors}.
 */
public final class Attempt {

    private Attempt() {}

    /** @return true when the change went through; {@code success} may be null for a silent success */
    public static boolean run(Runnable change, String success) {
        return run(change, success, null);
    }

    /**
     * @param afterRefusal what the view does about a refusal, said after the reason (e.g. "The board now shows the
     *                     current state."); may be null
     */
    public static boolean run(Runnable change, String success, String afterRefusal) {
        try {
            change.run();
            if (success != null) {
                Notifications.info(success);
            }
            Changed.tell();
            return true;
        } catch (RuntimeException e) {
            if (!isRefusal(e)) {
                throw e;
            }
            Notifications.error(afterRefusal == null ? messageFor(e) : messageFor(e) + " " + afterRefusal);
            return false;
        }
    }

    /**
     * The same change for several records, each through its own use case (its own guard and transaction), as a
     * bulk action does: one notice for all of them, naming each refused record and why.
     *
     * @param done the action's past participle, e.g. "Snoozed" → "Snoozed: 4 clients."
     * @return how many went through
     */
    public static <T> int each(Collection<T> items, Consumer<T> change, Function<T, String> name, String done) {
        int succeeded = 0;
        List<String> refused = new ArrayList<>();
        for (T item : items) {
            try {
                change.accept(item);
                succeeded++;
            } catch (RuntimeException e) {
                if (!isRefusal(e)) {
                    throw e;
                }
                refused.add(name.apply(item) + ": " + messageFor(e));
            }
        }
        if (succeeded > 0) {
            Changed.tell();
        }
        String summary = translate("attempt.each.done", done, succeeded);
        if (refused.isEmpty()) {
            Notifications.info(summary);
        } else {
            Notifications.error(translate("attempt.each.refused", summary, String.join(" ", refused)));
        }
        return succeeded;
    }

    /** Words for a refusal: the service's own message where it wrote one for users. */
    static String messageFor(Throwable refusal) {
        var ui = UI.getCurrent();
        if (refusal instanceof Refusal keyed && ui != null) {
            return ui.getTranslation(keyed.text().key(), keyed.text().arguments());
        }
        return switch (refusal) {
            case ObjectOptimisticLockingFailureException e -> translate("conflict.stale");
            case PessimisticLockingFailureException e -> translate("conflict.busy");
            case ConstraintViolationException e ->
                e.getConstraintViolations().stream()
                        .map(Attempt::inUsersLanguage)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining("; "));
            case AccessDeniedException e -> translate("security.notAllowed");
            default -> refusal.getMessage();
        };
    }

    /** A check's words in the user's language (a service's check was worded in the server's). */
    private static String inUsersLanguage(ConstraintViolation<?> violation) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return violation.getMessage();
        }
        return BundleMessages.inLanguage(violation, ui.getLocale());
    }

    private static String translate(String key, Object... arguments) {
        var ui = UI.getCurrent();
        return ui == null ? Translations.english(key, arguments) : ui.getTranslation(key, arguments);
    }

    /** A refusal by a business rule, a permission, a stale version or a missing record: expected, not a bug. */
    static boolean isRefusal(Throwable t) {
        return t instanceof ConflictException
                || t instanceof RuleViolationException
                || t instanceof NotFoundException
                || t instanceof AccessDeniedException
                || t instanceof ObjectOptimisticLockingFailureException
                || t instanceof ConstraintViolationException
                || t instanceof PessimisticLockingFailureException;
    }
}
