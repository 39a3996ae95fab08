package kz.sheber.roster.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.ui.ConsentCheckbox;
import kz.sheber.base.ui.Forms;
import kz.sheber.base.ui.LengthLimit;
import kz.sheber.base.ui.Submit;
import kz.sheber.roster.RosterService;

/** Someone at the door: a name, a phone, how many seats; booked into free seats and shown on the roster. */
class WalkInForm extends Div {

    WalkInForm(RosterService rosters, long sessionId, Runnable afterAdd) {
        addClassName("sheber-no-print");
        TextField name = new TextField(getTranslation("roster.walkIn.name"));
        name.setId("walkin-name");
        LengthLimit.of(name, 120);
        TextField phone = new TextField(getTranslation("roster.walkIn.phone"));
        phone.setId("walkin-phone");
        IntegerField seats = new IntegerField(getTranslation("roster.walkIn.seats"));
        seats.setId("walkin-seats");
        seats.setValue(1);
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        var consent = ConsentCheckbox.onBehalf(this);
        Map<String, HasValidation> fields =
                Map.of("fullName", name, "phone", phone, "seats", seats, "personAgreedToPrivacyNotice", consent);
        Button add = Submit.onClick(new Button(getTranslation("roster.walkIn.add")), () -> {
            try {
                rosters.addWalkIn(
                        sessionId,
                        name.getValue(),
                        phone.getValue(),
                        seats.getValue() == null ? 0 : seats.getValue(),
                        getLocale().getLanguage(),
                        consent.getValue());
                Forms.success(this, "roster.walkIn.added", name.getValue().strip());
                // The form stays on the roster: empty it for the next person at the door
                name.clear();
                phone.clear();
                seats.setValue(1);
                consent.clear();
                afterAdd.run();
            } catch (InvalidInput problem) {
                Forms.show(this, problem, fields);
            }
        });
        add.setId("walkin-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("roster.walkIn.title")), name, phone, seats, consent, new Div(add));
    }
}
