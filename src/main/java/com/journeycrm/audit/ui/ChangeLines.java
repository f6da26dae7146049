package com.journeycrm.audit.ui;

import com.journeycrm.audit.AuditRow;
import com.journeycrm.base.Text;
import com.journeycrm.base.ui.UserTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Collectors;

/**
 * An entry's facts worded for its reader, one per line ("Industry: Retail → Health"): in the reader's language, times
 * in their zone and format. Shown as text: Lit escapes whatever a user typed.
 */
public final class ChangeLines {

    private ChangeLines() {}

    public static LitRenderer<AuditRow> renderer(Component host, UserTime time) {
        return LitRenderer.<AuditRow>of("<div class=\"change-lines\">${item.detail}</div>")
                .withProperty("detail", r -> words(host, time, r));
    }

    public static String words(Component host, UserTime time, AuditRow row) {
        return row.lines().stream()
                .map(line -> {
                    Text shown = inReadersTime(line, time);
                    return host.getTranslation(shown.key(), shown.arguments());
                })
                .collect(Collectors.joining("\n"));
    }

    private static Text inReadersTime(Text text, UserTime time) {
        Object[] arguments = text.arguments();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = switch (arguments[i]) {
                case Instant at -> time.dateTime(at);
                case LocalDate day -> time.date(time.at(day, LocalTime.NOON));
                case Text nested -> inReadersTime(nested, time);
                case null, default -> arguments[i];
            };
        }
        return new Text(text.key(), arguments);
    }
}
