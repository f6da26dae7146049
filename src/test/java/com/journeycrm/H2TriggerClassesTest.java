package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * H2 stores the class name of each Java trigger in every database its migration ran on: a trigger class moved or
 * renamed breaks every existing installation at its next start. Each name a migration gave must stay a trigger class.
 */
class H2TriggerClassesTest {

    private static final Pattern CALL = Pattern.compile("call\\s+'([\\w.]+)'", Pattern.CASE_INSENSITIVE);

    @Test
    void every_trigger_class_a_migration_named_is_still_there() throws Exception {
        List<String> named = new ArrayList<>();
        for (var migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/vendor/h2/*.sql")) {
            var calls = CALL.matcher(migration.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            while (calls.find()) {
                named.add(calls.group(1));
            }
        }
        assertThat(named)
                .contains(
                        "com.journeycrm.board.StageOwnerCountTrigger",
                        "com.journeycrm.insight.TouchPointDayTrigger",
                        "com.journeycrm.insight.MoveFactsTrigger",
                        "com.journeycrm.audit.AppendOnlyTrigger");
        for (String name : named) {
            assertThat(Trigger.class.isAssignableFrom(Class.forName(name)))
                    .as(name)
                    .isTrue();
        }
    }
}
