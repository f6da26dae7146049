package com.journeycrm.client;

import com.journeycrm.base.Text;
import com.journeycrm.base.VersionedEntity;
import com.journeycrm.base.validation.TextRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person at a client. People retire or change jobs: they are marked as left, never deleted. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    public static final int NAME_MAX = 120;
    public static final int JOB_TITLE_MAX = 100;
    public static final int PHONE_MAX = 40;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "job_title", length = JOB_TITLE_MAX)
    private String jobTitle;

    @Column(length = TextRules.EMAIL_MAX)
    private String email;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(nullable = false)
    private boolean active;

    protected Contact() {}

    public Contact(Client client, String name, String jobTitle, String email, String phone) {
        this.client = client;
        this.active = true;
        update(name, jobTitle, email, phone, true);
    }

    public void update(String name, String jobTitle, String email, String phone, boolean active) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
        this.active = active;
    }

    /** Name, job title, email and phone, as the audit trail records them (and whether inactive). */
    Object describe() {
        String details = java.util.stream.Stream.of(name, jobTitle, email, phone)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" · "));
        return active ? details : new Text("audit.contact.inactive", details);
    }

    public Client getClient() {
        return client;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }
}
