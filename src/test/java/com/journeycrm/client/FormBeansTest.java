package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Forms open on what is stored: nothing stored shows as an empty field (never "null"), the rest as it is. */
class FormBeansTest {

    private static ClientDetails details(String industry, String website, String notes, Long referredById) {
        return new ClientDetails(
                1L,
                "Acme",
                industry,
                website,
                notes,
                Source.EVENT,
                referredById,
                referredById == null ? null : "Globex",
                2L,
                "Dana Sales",
                3L,
                "Aware",
                14,
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                null,
                null,
                4L,
                true);
    }

    @Test
    void a_profile_with_nothing_optional_stored_opens_with_empty_fields() {
        var form = ClientProfile.of(details(null, null, null, null));
        assertThat(form.getName()).isEqualTo("Acme");
        assertThat(form.getIndustry()).isEmpty();
        assertThat(form.getWebsite()).isEmpty();
        assertThat(form.getNotes()).isEmpty();
        assertThat(form.getReferredBy()).isNull();
        assertThat(form.getSource()).isEqualTo(Source.EVENT);
    }

    @Test
    void a_full_profile_opens_with_every_value() {
        var form = ClientProfile.of(details("Law", "https://acme.example", "Likes early calls", 9L));
        assertThat(form.getIndustry()).isEqualTo("Law");
        assertThat(form.getWebsite()).isEqualTo("https://acme.example");
        assertThat(form.getNotes()).isEqualTo("Likes early calls");
        assertThat(form.getReferredBy()).isEqualTo(new ClientRef(9L, "Globex"));
    }

    @Test
    void a_contact_opens_with_its_version_and_whether_they_are_still_there() {
        var left = ContactDetails.of(new ContactItem(5L, "Ada", null, null, null, false, 3L));
        assertThat(left.getId()).isEqualTo(5L);
        assertThat(left.getVersion()).isEqualTo(3L);
        assertThat(left.isActive()).isFalse();
        assertThat(left.getJobTitle()).isEmpty();
        assertThat(left.getEmail()).isEmpty();
        assertThat(left.getPhone()).isEmpty();

        var full = ContactDetails.of(new ContactItem(6L, "Grace", "CTO", "g@x.example", "+1 555 0100", true, 0L));
        assertThat(full.isActive()).isTrue();
        assertThat(full.getJobTitle()).isEqualTo("CTO");
        assertThat(full.getEmail()).isEqualTo("g@x.example");
        assertThat(full.getPhone()).isEqualTo("+1 555 0100");
    }
}
