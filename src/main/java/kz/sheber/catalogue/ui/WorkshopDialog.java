package kz.sheber.catalogue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sheber.account.InstructorSummary;
import kz.sheber.base.ui.FormDialog;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.UploadTexts;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.CraftSummary;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Picture;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.catalogue.WorkshopForm;
import org.jspecify.annotations.Nullable;

/** A workshop's form: the texts on one tab per language, then what applies in every language. */
class WorkshopDialog extends FormDialog {

    private final TabSheet languages = new TabSheet();
    private final List<Tab> tabs = new ArrayList<>();
    private @Nullable Picture uploaded;

    WorkshopDialog(
            CatalogueService catalogue,
            List<InstructorSummary> instructors,
            @Nullable WorkshopDetails workshop,
            Runnable afterSave) {
        setHeaderTitle(getTranslation(workshop == null ? "catalogue.workshops.add" : "catalogue.workshops.edit"));
        setWidth("min(48rem, 100vw)");
        MultilingualFields<TextField> title = new MultilingualFields<>(() -> LengthLimit.of(new TextField(), 200));
        MultilingualFields<TextArea> description = new MultilingualFields<>(TextArea::new);
        MultilingualFields<TextArea> provided = new MultilingualFields<>(TextArea::new);
        MultilingualFields<TextArea> toBring = new MultilingualFields<>(TextArea::new);
        for (String language : MultilingualFields.LANGUAGES) {
            FormLayout tab = new FormLayout(
                    labelled("title." + language, title.field(language), "catalogue.workshop.title"),
                    labelled("description." + language, description.field(language), "catalogue.workshop.description"),
                    labelled("provided." + language, provided.field(language), "catalogue.workshop.provided"),
                    labelled("toBring." + language, toBring.field(language), "catalogue.workshop.toBring"));
            tab.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            tabs.add(languages.add(getTranslation("language." + language), tab));
        }
        languages.setWidthFull();
        addComponentAsFirst(languages);

        ComboBox<CraftSummary> craft = field("craft", new ComboBox<>(getTranslation("catalogue.workshop.craft")));
        craft.setItems(catalogue.crafts());
        craft.setItemLabelGenerator(c -> c.name().in(getLocale()).text());
        Select<Level> level = field("level", new Select<>());
        level.setLabel(getTranslation("catalogue.workshop.level"));
        level.setItems(Level.values());
        level.setItemLabelGenerator(l -> getTranslation("catalogue.level." + l));
        IntegerField age = field("minimumAge", new IntegerField(getTranslation("catalogue.workshop.minimumAge")));
        IntegerField minutes =
                field("durationMinutes", new IntegerField(getTranslation("catalogue.workshop.duration")));
        IntegerField capacity =
                field("defaultCapacity", new IntegerField(getTranslation("catalogue.workshop.capacity")));
        IntegerField price = field("priceTenge", new IntegerField(getTranslation("catalogue.workshop.price")));
        price.setHelperText(getTranslation("catalogue.workshop.price.help"));
        MultiSelectComboBox<InstructorSummary> teachers =
                field("instructors", new MultiSelectComboBox<>(getTranslation("catalogue.workshop.instructors")));
        teachers.setItems(instructors);
        teachers.setItemLabelGenerator(InstructorSummary::fullName);
        form.add(craft, level, age, minutes, capacity, price, teachers);
        form.setColspan(teachers, 2);
        Checkbox removePicture = new Checkbox(getTranslation("catalogue.picture.remove"));
        removePicture.setId("removePicture");
        removePicture.setVisible(workshop != null && workshop.hasPicture());
        form.add(pictureUpload(), removePicture);

        if (workshop != null) {
            title.setValue(workshop.title());
            description.setValue(workshop.description());
            provided.setValue(workshop.provided());
            toBring.setValue(workshop.toBring());
            craft.setValue(workshop.craft());
            level.setValue(workshop.level());
            age.setValue(workshop.minimumAge());
            minutes.setValue(workshop.durationMinutes());
            capacity.setValue(workshop.defaultCapacity());
            price.setValue(workshop.priceTenge());
            Set<Long> ids =
                    workshop.instructors().stream().map(InstructorSummary::id).collect(Collectors.toSet());
            teachers.setValue(
                    instructors.stream().filter(i -> ids.contains(i.id())).collect(Collectors.toSet()));
        } else {
            level.setValue(Level.BEGINNER);
        }
        action(
                "action.save",
                "save",
                true,
                () -> catalogue.saveWorkshop(new WorkshopForm(
                        workshop == null ? null : workshop.id(),
                        workshop == null ? 0 : workshop.version(),
                        craft.getValue() == null ? null : craft.getValue().id(),
                        title.value(),
                        description.value(),
                        provided.value(),
                        toBring.value(),
                        level.getValue(),
                        age.getValue(),
                        minutes.getValue(),
                        capacity.getValue(),
                        price.getValue(),
                        teachers.getValue().stream()
                                .map(InstructorSummary::id)
                                .collect(Collectors.toCollection(LinkedHashSet::new)),
                        uploaded,
                        removePicture.getValue())),
                "catalogue.saved",
                afterSave);
    }

    private <F extends TextFieldBase<F, String>> F labelled(String name, F field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        return field(name, field);
    }

    private Upload pictureUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory(
                (metadata, bytes) -> ui.access(() -> uploaded = new Picture(metadata.contentType(), bytes))));
        upload.setId("picture");
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Picture.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setUploadButton(new Button(getTranslation("catalogue.picture.choose")));
        upload.setDropLabel(new Span(getTranslation("catalogue.picture.drop")));
        upload.addFileRejectedListener(e -> Forms.error(this, "catalogue.picture.rejected"));
        return upload;
    }

    /** Brings forward the first language tab with a refused field, so the message is seen. */
    @Override
    protected void afterProblem() {
        for (int i = 0; i < tabs.size(); i++) {
            String language = MultilingualFields.LANGUAGES[i];
            boolean invalid = fields().entrySet().stream()
                    .anyMatch(f ->
                            f.getKey().endsWith("." + language) && f.getValue().isInvalid());
            if (invalid) {
                languages.setSelectedTab(tabs.get(i));
                return;
            }
        }
    }
}
