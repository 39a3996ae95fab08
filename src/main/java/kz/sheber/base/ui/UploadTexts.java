package kz.sheber.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Vaadin's upload component speaks English by default; this gives it the reader's language. */
public final class UploadTexts {

    /** The units the upload counts a file's size in, smallest first; each is a key under {@code upload.unit.}. */
    private static final List<String> UNITS = List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB");

    private UploadTexts() {}

    public static UploadI18N of(Component owner) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne(t(owner, "upload.drop")).setMany(t(owner, "upload.drop")));
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(t(owner, "upload.add")).setMany(t(owner, "upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(owner, "upload.error.tooMany"))
                .setFileIsTooBig(t(owner, "upload.error.tooBig"))
                .setIncorrectFileType(t(owner, "upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(owner, "upload.status.connecting"))
                        .setStalled(t(owner, "upload.status.stalled"))
                        .setProcessing(t(owner, "upload.status.processing"))
                        .setHeld(t(owner, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(owner, "upload.remaining"))
                        .setUnknown(t(owner, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(owner, "upload.error.server"))
                        .setUnexpectedServerError(t(owner, "upload.error.server"))
                        .setForbidden(t(owner, "upload.error.forbidden"))
                        .setFileTooLarge(t(owner, "upload.error.tooBig"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(owner, "upload.file.retry"))
                .setStart(t(owner, "upload.file.start"))
                .setRemove(t(owner, "upload.file.remove")));
        i18n.setUnits(
                UNITS.stream().map(unit -> t(owner, "upload.unit." + unit)).toList());
        return i18n;
    }

    private static String t(Component owner, String key) {
        return owner.getTranslation(key);
    }
}
