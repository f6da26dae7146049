package com.journeycrm.client;

import com.journeycrm.base.validation.PlainText;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.base.validation.WebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the profile form edits; the limits here are the columns' limits, checked again in the service. */
public class ClientProfile {

    @NotBlank(message = "{validation.client.name}")
    @Size(max = Client.NAME_MAX, message = "{validation.size.max}")
    @PlainText
    private String name = "";

    @Size(max = Client.INDUSTRY_MAX, message = "{validation.size.max}")
    @PlainText
    private String industry = "";

    @Size(max = TextRules.WEBSITE_MAX, message = "{validation.size.max}")
    @WebAddress
    private String website = "";

    @NotNull(message = "{validation.client.source}")
    private Source source = Source.OTHER;

    private ClientRef referredBy;

    @Size(max = Client.NOTES_MAX, message = "{validation.size.max}")
    @PlainText(multiLine = true, message = PlainText.MESSAGE)
    private String notes = "";

    public static ClientProfile of(ClientDetails d) {
        var form = new ClientProfile();
        form.name = d.name();
        form.industry = d.industry() == null ? "" : d.industry();
        form.website = d.website() == null ? "" : d.website();
        form.source = d.source();
        form.referredBy = d.referredById() == null ? null : new ClientRef(d.referredById(), d.referredByName());
        form.notes = d.notes() == null ? "" : d.notes();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }

    public ClientRef getReferredBy() {
        return referredBy;
    }

    public void setReferredBy(ClientRef referredBy) {
        this.referredBy = referredBy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
