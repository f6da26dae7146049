package com.journeycrm.activity;

import com.journeycrm.base.validation.PlainText;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** Logging or editing a touch point. "When" may not be in the future; the service checks it against its clock. */
public class TouchPointDetails {

    @NotNull(message = "{validation.touchPoint.type}")
    private TouchPointType type = TouchPointType.CALL;

    @NotNull(message = "{validation.touchPoint.direction}")
    private Direction direction = Direction.OUTBOUND;

    @NotNull(message = "{validation.touchPoint.at}")
    private LocalDateTime occurredAt;

    private ContactItem contact;

    @NotBlank(message = "{validation.touchPoint.summary}")
    @Size(max = TouchPoint.SUMMARY_MAX, message = "{validation.size.max}")
    @PlainText
    private String summary = "";

    @Size(max = TouchPoint.NOTES_MAX, message = "{validation.size.max}")
    @PlainText(multiLine = true, message = PlainText.MESSAGE)
    private String notes = "";

    public TouchPointType getType() {
        return type;
    }

    public void setType(TouchPointType type) {
        this.type = type;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public ContactItem getContact() {
        return contact;
    }

    public void setContact(ContactItem contact) {
        this.contact = contact;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
