package com.journeycrm.client;

import com.journeycrm.base.validation.EmailAddress;
import com.journeycrm.base.validation.PlainText;
import com.journeycrm.base.validation.TextRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ContactDetails {

    private Long id;

    /** The version the user opened; null for a new contact. */
    private Long version;

    @NotBlank(message = "{validation.contact.name}")
    @Size(max = Contact.NAME_MAX, message = "{validation.size.max}")
    @PlainText
    private String name = "";

    @Size(max = Contact.JOB_TITLE_MAX, message = "{validation.size.max}")
    @PlainText
    private String jobTitle = "";

    @Size(max = TextRules.EMAIL_MAX, message = "{validation.size.max}")
    @EmailAddress
    private String email = "";

    @Size(max = Contact.PHONE_MAX, message = "{validation.size.max}")
    // one anchored character class with a bounded count: constant work whatever the input's length
    @Pattern(regexp = "^$|^\\+?[0-9 ()\\-./]{5,40}$", message = "{validation.contact.phone}")
    @PlainText
    private String phone = "";

    private boolean active = true;

    public static ContactDetails of(ContactItem c) {
        var form = new ContactDetails();
        form.id = c.id();
        form.version = c.version();
        form.name = c.name();
        form.jobTitle = c.jobTitle() == null ? "" : c.jobTitle();
        form.email = c.email() == null ? "" : c.email();
        form.phone = c.phone() == null ? "" : c.phone();
        form.active = c.active();
        return form;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
