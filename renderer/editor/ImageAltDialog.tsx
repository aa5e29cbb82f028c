import { type FormEvent, useState } from 'react';
import { ModalDialog } from '../ui/ModalDialog';

export interface ImageAltDialogProps {
  /** Loadable URL of the image, for the preview. */
  previewSrc: string | null;
  initialAlt: string;
  /** 'insert' for a new image, 'edit' for one already in the body. */
  mode: 'insert' | 'edit';
  onSubmit: (alt: string) => void;
  onClose: () => void;
}

/** Asks for an image's alt text, with the image in view. */
export function ImageAltDialog({ previewSrc, initialAlt, mode, onSubmit, onClose }: ImageAltDialogProps) {
  const [alt, setAlt] = useState(initialAlt);
  function submit(event: FormEvent): void {
    event.preventDefault();
    onSubmit(alt.trim());
  }
  return (
    <ModalDialog title={mode === 'insert' ? 'Insert image' : 'Image alt text'} onClose={onClose} className="modal-small">
      <form onSubmit={submit}>
        {previewSrc && <img className="modal-image-preview" src={previewSrc} alt="" />}
        <div className="field">
          <label className="field-label" htmlFor="image-alt">
            Image alt text
          </label>
          <textarea
            id="image-alt"
            className="text-input text-area-small"
            rows={3}
            maxLength={1000}
            value={alt}
            placeholder="What does the image show?"
            aria-describedby="image-alt-hint"
            data-autofocus
            onChange={(event) => setAlt(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                onSubmit(alt.trim());
              }
            }}
          />
          <span id="image-alt-hint" className="field-hint">
            Read aloud in place of the image. Leave empty only if it is purely decorative.
          </span>
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {mode === 'insert' ? 'Insert' : 'Save'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
