package app.limber.library.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/** What a screen reader says as a coach picks muscles or contraindications, in the coach's language. */
final class ChooserWords {

    private ChooserWords() {
    }

    static void speak(MultiSelectComboBox<?> chooser) {
        chooser.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(chooser.getTranslation("library-chooser.cleared"))
                .setFocused(chooser.getTranslation("library-chooser.focused"))
                .setSelected(chooser.getTranslation("library-chooser.selected"))
                .setDeselected(chooser.getTranslation("library-chooser.deselected"))
                .setTotal(chooser.getTranslation("library-chooser.total")));
    }
}
