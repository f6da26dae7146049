package com.journeycrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.base.RuleViolationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Each user's language is their own, remembered, and one of those offered. */
@IntegrationTest
class LanguageChoiceTest {

    @Autowired
    UserService users;

    @Autowired
    TestData data;

    @Test
    void a_user_who_has_chosen_nothing_gets_the_browsers_and_a_choice_is_remembered_for_them_alone() {
        var dana = data.newUser(Role.SALES, "pw");
        data.loginAs(dana.getUsername());
        assertThat(users.chosenLanguage()).isEmpty();

        users.chooseLanguage(Locale.GERMANY);

        assertThat(users.chosenLanguage()).as("the language, not the region").contains(Locale.GERMAN);
        data.loginAs("manager");
        assertThat(users.chosenLanguage())
                .as("someone else's choice")
                .isNotEqualTo(java.util.Optional.of(Locale.GERMAN));
    }

    @Test
    void a_language_not_offered_is_refused_and_nothing_changes() {
        var sven = data.newUser(Role.SALES, "pw");
        data.loginAs(sven.getUsername());
        users.chooseLanguage(Locale.ENGLISH);

        assertThatThrownBy(() -> users.chooseLanguage(Locale.JAPANESE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("That language is not offered.");
        assertThat(users.chosenLanguage()).contains(Locale.ENGLISH);
    }

    @Test
    void nobody_signed_in_chooses_nothing() {
        data.logout();
        assertThatThrownBy(() -> users.chooseLanguage(Locale.GERMAN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
