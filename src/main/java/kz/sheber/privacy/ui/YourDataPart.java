package kz.sheber.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.sheber.base.Roles;
import kz.sheber.base.ui.ProfilePart;
import kz.sheber.privacy.erasure.ErasureService;
import kz.sheber.privacy.export.DataExport;

/** "Your data" on the Profile page: download everything the centre keeps about you, or delete your account. */
@org.springframework.stereotype.Component
class YourDataPart implements ProfilePart {

    private final DataExport export;
    private final ErasureService erasure;
    private final AuthenticationContext authentication;

    YourDataPart(DataExport export, ErasureService erasure, AuthenticationContext authentication) {
        this.export = export;
        this.erasure = erasure;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create() {
        Section section = new Section();
        section.setId("your-data");
        var download = DataDownload.link(
                export, section.getTranslation("privacy.profile.download"), "download-my-data", DataExport::writeMine);
        Button delete = new Button(
                section.getTranslation("privacy.profile.delete"), e -> new DeleteAccountDialog(erasure).open());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(
                new H2(section.getTranslation("privacy.profile.title")),
                new Paragraph(section.getTranslation("privacy.profile.downloadHelp")),
                download);
        if (authentication.hasRole(Roles.ADMIN)) {
            // The service refuses it too: a staff account is removed by another admin, with a reason
            section.add(new Paragraph(section.getTranslation("privacy.erase.adminSelf")));
        } else {
            section.add(new Paragraph(section.getTranslation("privacy.profile.deleteHelp")), delete);
        }
        return section;
    }
}
