import { type FormEvent, useState } from 'react';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { ModalDialog } from '../ui/ModalDialog';
import { useTextLimit } from '../ui/use-text-limit';
import { HERO_TEXT_MAX } from '../../shared/model/field-limits';

export interface ImageAltDialogProps {
  /** Loadable URL of the image, for the preview. */
  previewSrc: string | null;
  initialAlt: string;
  /** 'insert' for a new image, 'edit' for one already in the body. */
  mode: 'insert' | 'edit';
  onSubmit: (alt: string) => void;
  onClose: () => void;
}

const ALT_HINT = 'Read aloud in place of the image. Leave empty only if it is purely decorative.';

/** Asks for an image's alt text, with the image in view. */
export function ImageAltDialog({ previewSrc, initialAlt, mode, onSubmit, onClose }: ImageAltDialogProps) {
  const [alt, setAlt] = useState(initialAlt);
  const altLimit = useTextLimit({
    id: 'image-alt',
    name: 'alt text',
    value: alt,
    limit: HERO_TEXT_MAX.alt,
    quietHint: { element: 'span', text: ALT_HINT },
  });
  function submit(event: FormEvent): void {
    event.preventDefault();
    onSubmit(alt.trim());
  }
  return (
    <ModalDialog title={mode === 'insert' ? 'Insert image' : 'Image alt text'} onClose={onClose} className="modal-small">
      <form onSubmit={submit}>
        {previewSrc && <img className="modal-image-preview" src={previewSrc} alt="" />}
        <Field id="image-alt" label="Image alt text" hint={altLimit.hint} after={altLimit.after}>
          {(control) => (
            <textarea
              {...control}
              {...altLimit.control}
              className="text-input text-area-small"
              rows={3}
              value={alt}
              placeholder="What does the image show?"
              data-autofocus
              onChange={(event) => setAlt(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  onSubmit(alt.trim());
                }
              }}
            />
          )}
        </Field>
        <FormActions onCancel={onClose} submitLabel={mode === 'insert' ? 'Insert' : 'Save'} />
      </form>
    </ModalDialog>
  );
}
