package com.journeycrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.activity.FollowUp;
import com.journeycrm.activity.TouchPoint;
import com.journeycrm.audit.AuditEntry;
import com.journeycrm.client.Client;
import com.journeycrm.client.Contact;
import com.journeycrm.journey.StageChange;
import com.journeycrm.offering.ClientOffering;
import com.journeycrm.offering.Offering;
import com.journeycrm.security.AppUser;
import com.journeycrm.stage.Stage;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An entity is its row: two copies loaded for the same id (another session, another request) are equal and hash
 * alike, so sets and caches do not hold a client twice; one not saved yet is equal only to itself. Hibernate sets
 * the id the way this test does.
 */
class EntityIdentityTest {

    static Stream<Class<?>> entities() {
        return Stream.of(
                AuditEntry.class,
                Client.class,
                ClientOffering.class,
                Contact.class,
                FollowUp.class,
                Offering.class,
                StageChange.class,
                TouchPoint.class,
                AppUser.class,
                Stage.class);
    }

    private static Object withId(Class<?> type, Long id) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object entity = constructor.newInstance();
        Field field = idField(type);
        field.setAccessible(true);
        // a composite key (a client's service) is built from the number, as its columns would be
        field.set(
                entity,
                id == null || field.getType() == Long.class
                        ? id
                        : field.getType()
                                .getDeclaredConstructor(Long.class, Long.class)
                                .newInstance(id, 1L));
        return entity;
    }

    private static Field idField(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField("id");
            } catch (NoSuchFieldException notHere) {
                // the id is declared by a base class
            }
        }
        throw new NoSuchFieldException(type + ".id");
    }

    @ParameterizedTest
    @MethodSource("entities")
    void two_copies_of_one_row_are_equal_and_hash_alike(Class<?> type) throws Exception {
        Object one = withId(type, 7L);
        Object copy = withId(type, 7L);
        assertThat(one).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(new HashSet<>(List.of(one, copy))).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("entities")
    void different_rows_differ_and_an_unsaved_entity_equals_only_itself(Class<?> type) throws Exception {
        assertThat(withId(type, 7L)).isNotEqualTo(withId(type, 8L));
        Object unsaved = withId(type, null);
        assertThat(unsaved).isEqualTo(unsaved).isNotEqualTo(withId(type, null)).isNotEqualTo(withId(type, 7L));
        assertThat(withId(type, 7L)).isNotEqualTo(unsaved).isNotEqualTo("7").isNotEqualTo(null);
    }

    @ParameterizedTest
    @MethodSource("entities")
    void the_same_id_in_another_table_is_another_thing(Class<?> type) throws Exception {
        Class<?> other = type == Client.class ? Contact.class : Client.class;
        assertThat(withId(type, 7L)).isNotEqualTo(withId(other, 7L));
    }
}
