package com.journeycrm.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload field's own words (its button, drop hint, errors and progress) in the user's language. */
final class UploadWords {

    private UploadWords() {}

    static UploadI18N of(Component host) {
        var uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status()
                .setConnecting(host.getTranslation("upload.connecting"))
                .setStalled(host.getTranslation("upload.stalled"))
                .setProcessing(host.getTranslation("upload.processing"))
                .setHeld(host.getTranslation("upload.held")));
        uploading.setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(host.getTranslation("upload.serverUnavailable"))
                .setUnexpectedServerError(host.getTranslation("upload.serverError"))
                .setForbidden(host.getTranslation("upload.forbidden"))
                .setFileTooLarge(host.getTranslation("upload.tooLarge")));
        var dropFiles = new UploadI18N.DropFiles();
        dropFiles.setOne(host.getTranslation("import.drop"));
        dropFiles.setMany(host.getTranslation("import.drop"));
        var addFiles = new UploadI18N.AddFiles();
        addFiles.setOne(host.getTranslation("upload.add"));
        addFiles.setMany(host.getTranslation("upload.add"));
        return new UploadI18N()
                .setDropFiles(dropFiles)
                .setAddFiles(addFiles)
                .setFile(new UploadI18N.File()
                        .setRetry(host.getTranslation("upload.retry"))
                        .setStart(host.getTranslation("upload.start"))
                        .setRemove(host.getTranslation("upload.remove")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(host.getTranslation("upload.tooMany"))
                        .setFileIsTooBig(host.getTranslation("upload.tooLarge"))
                        .setIncorrectFileType(host.getTranslation("upload.wrongType")))
                .setUploading(uploading);
    }
}
