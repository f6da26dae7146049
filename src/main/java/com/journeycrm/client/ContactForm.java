package com.journeycrm.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ContactForm {

    private Long id;

    @NotBlank(message = "Enter the person's name")
    @Size(max = 120, message = "At most 120 characters")
    private String name = "";

    @Size(max = 100, message = "At most 100 characters")
    private String jobTitle = "";

    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "At most 254 characters")
    private String email = "";

    @Pattern(regexp = "^$|^\\+?[0-9 ()\\-./]{5,40}$", message = "Enter a phone number: digits, spaces, + ( ) - . /")
    private String phone = "";

    private boolean active = true;

    public static ContactForm of(ContactItem c) {
        var form = new ContactForm();
        form.id = c.id();
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
