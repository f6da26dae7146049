package com.journeycrm.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.activity.TouchPointDetails;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages a user reads for the profile and contact forms: one per problem, the limit checked first. */
class FormConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static List<String> messages(Object bean, String property) {
        return validator.validateProperty(bean, property).stream()
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    @Test
    void an_over_long_website_is_reported_as_too_long_and_nothing_else() {
        var form = new ClientProfile();
        form.setWebsite("http://a" + ".".repeat(30_000) + " ");
        assertThat(messages(form, "website")).containsExactly("At most 255 characters");
    }

    @Test
    void control_characters_and_direction_overrides_are_refused_at_the_field_line_breaks_only_in_notes() {
        var form = new ClientProfile();
        for (String bad : List.of(
                "Acme\u0000",
                "Acme\u0007",
                "\u001b[2JAcme",
                "Acme \u202Etxt.exe",
                "Ac\u2066me",
                "Acme\nLtd",
                "Acme\u0085")) {
            form.setName(bad);
            assertThat(messages(form, "name"))
                    .as(bad)
                    .singleElement()
                    .asString()
                    .contains("control character");
        }
        form.setNotes("Two lines\r\nwith\ta tab");
        assertThat(messages(form, "notes")).isEmpty();
        form.setNotes("Bell\u0007");
        assertThat(messages(form, "notes")).singleElement().asString().contains("control character");
        var touch = new TouchPointDetails();
        touch.setSummary("Call\u001b");
        assertThat(messages(touch, "summary")).singleElement().asString().contains("control character");
        var contact = new ContactDetails();
        contact.setName("Ada \u202ELovelace");
        assertThat(messages(contact, "name")).singleElement().asString().contains("control character");
        form.setName("Zoë Ørsted — Müller & Söhne, 株式会社 (RTL: שלום)");
        assertThat(messages(form, "name")).isEmpty();
    }

    @Test
    void a_website_without_a_scheme_is_refused_where_the_form_has_not_completed_it() {
        // the profile form and the import put https:// in front of a bare domain (TextRules.webAddress) first
        var form = new ClientProfile();
        form.setWebsite("acme.example");
        assertThat(messages(form, "website"))
                .containsExactly("Enter a web address, like harbourenergy.com or https://harbourenergy.com");
        form.setWebsite("");
        assertThat(messages(form, "website")).isEmpty();
    }

    @Test
    void a_41_character_phone_is_refused_at_the_field_before_it_reaches_the_column() {
        var form = new ContactDetails();
        form.setPhone("+" + "1".repeat(40));
        assertThat(messages(form, "phone")).contains("At most 40 characters");
        form.setPhone("+44 20 7946 0958");
        assertThat(messages(form, "phone")).isEmpty();
    }

    @Test
    void an_over_long_email_is_reported_as_too_long_and_nothing_else() {
        var form = new ContactDetails();
        form.setEmail("a".repeat(300) + "@acme.example");
        assertThat(messages(form, "email")).containsExactly("At most 254 characters");
        form.setEmail("not an email");
        assertThat(messages(form, "email")).containsExactly("Enter a valid email address, like name@example.com");
    }
}
