package kz.sheber.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A workshop's picture, in its own table so that lists of workshops never load the bytes. */
@Entity
@Table(name = "workshop_picture")
public class WorkshopPicture {

    @Id
    private Long workshopId;

    private String contentType;

    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    protected WorkshopPicture() {}

    public WorkshopPicture(long workshopId, String contentType, byte[] content) {
        this.workshopId = workshopId;
        this.contentType = contentType;
        this.content = content;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
